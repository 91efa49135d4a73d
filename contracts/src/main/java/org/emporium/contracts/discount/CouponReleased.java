package org.emporium.contracts.discount;

import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code discount.coupon-released}: an order's reservation or redemption of a coupon no longer counts against its
 * limits (order cancelled or expired, released by ordering, or the reservation timed out).
 *
 * @param reason {@code RELEASED_BY_ORDERING}, {@code ORDER_CANCELLED}, {@code ORDER_EXPIRED} or
 *     {@code RESERVATION_EXPIRED}
 */
public record CouponReleased(
        UUID orderId, UUID couponId, String code, UUID customerId, String reason, Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "discount.coupon-released";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
