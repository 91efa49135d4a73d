package org.emporium.discount.domain;

import java.util.UUID;

/** The identity of a coupon. */
public record CouponId(UUID value) {
    public static CouponId random() {
        return new CouponId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
