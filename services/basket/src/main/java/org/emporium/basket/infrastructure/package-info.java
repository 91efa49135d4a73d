/** Basket service: infrastructure. */
@NullMarked
package org.emporium.basket.infrastructure;

import org.jspecify.annotations.NullMarked;
