package org.emporium.discount.domain;

/** What a coupon takes off: a percentage of the eligible lines, or a fixed amount in the coupon's currency. */
public enum CouponKind {
    PERCENTAGE,
    FIXED_AMOUNT
}
