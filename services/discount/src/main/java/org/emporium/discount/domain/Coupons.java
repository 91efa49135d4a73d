package org.emporium.discount.domain;

import java.util.Optional;

/** The coupons. */
public interface Coupons {
    Optional<Coupon> byId(CouponId id);

    Optional<Coupon> byCode(CouponCode code);

    /** The coupon with its row locked until the transaction ends: reservations of one coupon run one at a time. */
    Optional<Coupon> lockedByCode(CouponCode code);

    /** Inserts or updates (optimistically, by version); a duplicate code is {@link DiscountErrors#codeTaken}. */
    void save(Coupon coupon);

    /** Deletes the coupon; {@link DiscountErrors#couponInUse} when it has redemptions. */
    void delete(Coupon coupon);
}
