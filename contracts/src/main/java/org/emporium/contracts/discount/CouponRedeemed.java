package org.emporium.contracts.discount;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code discount.coupon-redeemed}: the order that reserved the coupon was paid; the coupon counts as used for good.
 *
 * @param discount the amount taken off the order, in {@code currency}, at its minor unit
 */
public record CouponRedeemed(
        UUID orderId,
        UUID couponId,
        String code,
        UUID customerId,
        String currency,
        BigDecimal discount,
        Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "discount.coupon-redeemed";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
