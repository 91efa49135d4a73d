/** Discount's quote API, for applying coupons. */
@NullMarked
package org.emporium.basket.infrastructure.discount;

import org.jspecify.annotations.NullMarked;
