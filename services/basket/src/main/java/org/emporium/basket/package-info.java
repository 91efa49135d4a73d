/** Basket service. */
@NullMarked
package org.emporium.basket;

import org.jspecify.annotations.NullMarked;
