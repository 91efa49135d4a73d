package org.emporium.discount.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.emporium.discount.domain.Quote;
import org.jspecify.annotations.Nullable;

/** A quote as JSON: 200 whether or not the coupon applies. */
record QuoteResponse(
        String code,
        boolean applies,
        @Nullable String reason,
        @Nullable BigDecimal missingAmount,
        String currency,
        BigDecimal subtotal,
        BigDecimal eligibleSubtotal,
        BigDecimal discount,
        BigDecimal total,
        List<AllocationResponse> allocations) {

    record AllocationResponse(UUID productId, BigDecimal discount) {}

    static QuoteResponse of(Quote quote) {
        return new QuoteResponse(
                quote.code(),
                quote.applies(),
                quote.reason() == null ? null : quote.reason().name(),
                quote.missingAmount(),
                quote.currency().getCurrencyCode(),
                quote.subtotal(),
                quote.eligibleSubtotal(),
                quote.discount(),
                quote.total(),
                quote.allocations().stream()
                        .map(a -> new AllocationResponse(a.productId(), a.discount()))
                        .toList());
    }
}
