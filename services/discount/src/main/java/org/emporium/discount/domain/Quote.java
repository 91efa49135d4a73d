package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answer to "what does this code take off this basket": every amount at the currency's scale; allocations, one
 * per line in the basket's order, add up exactly to {@code discount}; {@code total = subtotal - discount ≥ 0}.
 *
 * @param reason null when the coupon applies
 * @param missingAmount only for {@link QuoteReason#MINIMUM_NOT_MET}: how much more the basket needs
 */
public record Quote(
        String code,
        boolean applies,
        @Nullable QuoteReason reason,
        @Nullable BigDecimal missingAmount,
        Currency currency,
        BigDecimal subtotal,
        BigDecimal eligibleSubtotal,
        BigDecimal discount,
        BigDecimal total,
        List<Allocation> allocations) {
    public Quote {
        allocations = List.copyOf(allocations);
    }
}
