package org.emporium.discount.infrastructure.persistence;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.emporium.discount.domain.Allocation;
import org.emporium.discount.domain.Quote;

/** The quote a reservation was made at, stored as JSON with it (always read whole). */
record QuoteJson(
        String code,
        String currency,
        BigDecimal subtotal,
        BigDecimal eligibleSubtotal,
        BigDecimal discount,
        BigDecimal total,
        List<AllocationJson> allocations) {

    record AllocationJson(UUID productId, BigDecimal discount) {}

    static QuoteJson of(Quote quote) {
        return new QuoteJson(
                quote.code(),
                quote.currency().getCurrencyCode(),
                quote.subtotal(),
                quote.eligibleSubtotal(),
                quote.discount(),
                quote.total(),
                quote.allocations().stream()
                        .map(a -> new AllocationJson(a.productId(), a.discount()))
                        .toList());
    }

    Quote quote() {
        var cur = Currency.getInstance(currency);
        int digits = Math.max(cur.getDefaultFractionDigits(), 0);
        return new Quote(
                code,
                true,
                null,
                null,
                cur,
                subtotal.setScale(digits),
                eligibleSubtotal.setScale(digits),
                discount.setScale(digits),
                total.setScale(digits),
                allocations.stream()
                        .map(a -> new Allocation(a.productId(), a.discount().setScale(digits)))
                        .toList());
    }
}
