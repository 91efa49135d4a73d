package org.emporium.discount.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import org.emporium.discount.domain.CouponKind;
import org.emporium.discount.domain.CouponTerms;
import org.jspecify.annotations.Nullable;

/** What an admin sends for a coupon, before the domain checks it ({@link #terms()}). */
public record CouponInput(
        String description,
        CouponKind kind,
        BigDecimal value,
        @Nullable String currency,
        Instant validFrom,
        @Nullable Instant validUntil,
        @Nullable BigDecimal minimumAmount,
        @Nullable Integer maxRedemptions,
        @Nullable Integer maxPerCustomer,
        Set<UUID> categoryIds,
        Set<UUID> productIds,
        boolean firstOrderOnly,
        boolean active) {

    public CouponTerms terms() {
        return new CouponTerms(
                description,
                kind,
                value,
                currency == null ? null : Currency.getInstance(currency),
                validFrom,
                validUntil,
                minimumAmount,
                maxRedemptions,
                maxPerCustomer,
                categoryIds,
                productIds,
                firstOrderOnly);
    }
}
