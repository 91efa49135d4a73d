package org.emporium.ordering.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.ordering.domain.OrderId;
import org.jspecify.annotations.Nullable;

/**
 * Discount's redemptions: reserving a coupon for an order (idempotent per order id) and releasing it. A refusal is
 * 422 {@code ORDERING.COUPON_REJECTED} with discount's reason; discount down is 503.
 */
public interface CouponReservations {
    /** The discount per product of the reservation. */
    Map<UUID, BigDecimal> reserve(OrderId orderId, UUID customerId, String code, String currency, List<Line> lines);

    void release(OrderId orderId);

    record Line(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {}
}
