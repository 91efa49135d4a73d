/** Basket service: api. */
@NullMarked
package org.emporium.basket.api;

import org.jspecify.annotations.NullMarked;
