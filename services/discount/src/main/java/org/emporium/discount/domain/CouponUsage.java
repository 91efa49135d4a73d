package org.emporium.discount.domain;

/**
 * What the limits of a coupon are checked against, read under the coupon's row lock when reserving.
 *
 * @param active reservations and redemptions of the coupon by anyone (released ones do not count)
 * @param activeByCustomer those of the customer asking
 * @param customerHasOrdered whether the customer already has a paid order (for first-order coupons)
 */
public record CouponUsage(long active, long activeByCustomer, boolean customerHasOrdered) {
    public static final CouponUsage NONE = new CouponUsage(0, 0, false);
}
