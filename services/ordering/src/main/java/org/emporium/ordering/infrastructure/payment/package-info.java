/** The simulated payment provider (development, tests and demos: no money moves). */
@NullMarked
package org.emporium.ordering.infrastructure.payment;

import org.jspecify.annotations.NullMarked;
