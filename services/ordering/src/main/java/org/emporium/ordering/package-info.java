/** The ordering service: checkout, the order state machine, the order saga, payment and order views. */
@NullMarked
package org.emporium.ordering;

import org.jspecify.annotations.NullMarked;
