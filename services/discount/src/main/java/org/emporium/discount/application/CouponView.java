package org.emporium.discount.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A coupon as admins see it. */
public record CouponView(
        UUID id,
        String code,
        String description,
        String kind,
        BigDecimal value,
        @Nullable String currency,
        Instant validFrom,
        @Nullable Instant validUntil,
        @Nullable BigDecimal minimumAmount,
        @Nullable Integer maxRedemptions,
        @Nullable Integer maxPerCustomer,
        List<UUID> categoryIds,
        List<UUID> productIds,
        boolean firstOrderOnly,
        boolean active,
        long activeRedemptions,
        Instant createdAt,
        Instant updatedAt,
        long version) {}
