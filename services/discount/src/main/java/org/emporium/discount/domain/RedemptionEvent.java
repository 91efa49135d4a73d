package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a redemption registers when it changes; published as {@code discount.coupon-*}. */
public sealed interface RedemptionEvent {
    /** The order was paid: the coupon counts as used for good. */
    record CouponRedeemed(
            UUID orderId,
            CouponId couponId,
            CouponCode code,
            UUID customerId,
            String currency,
            BigDecimal discount,
            Instant occurredAt)
            implements RedemptionEvent {}

    /** The reservation or redemption no longer counts against the limits. */
    record CouponReleased(
            UUID orderId, CouponId couponId, CouponCode code, UUID customerId, String reason, Instant occurredAt)
            implements RedemptionEvent {}
}
