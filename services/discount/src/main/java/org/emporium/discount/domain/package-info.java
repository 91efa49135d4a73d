/** Coupons, the quote arithmetic (pure, exact, half-even) and redemptions with their limits. */
@NullMarked
package org.emporium.discount.domain;

import org.jspecify.annotations.NullMarked;
