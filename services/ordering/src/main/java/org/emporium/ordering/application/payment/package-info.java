/** The payment port: ordering charges and refunds through a provider it does not know. */
@NullMarked
package org.emporium.ordering.application.payment;

import org.jspecify.annotations.NullMarked;
