package org.emporium.discount.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One order's redemption of a coupon: what ordering gets back when reserving, and what admins list. */
public record RedemptionView(
        UUID orderId,
        UUID customerId,
        String code,
        String state,
        String currency,
        BigDecimal discount,
        BigDecimal total,
        List<AllocationView> allocations,
        Instant reservedAt,
        Instant expiresAt) {

    public record AllocationView(UUID productId, BigDecimal discount) {}
}
