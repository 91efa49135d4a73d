package org.emporium.basket.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Discount's quote ({@code POST /api/discount/quotes}, scope {@code discount.quote}): what a coupon takes off these
 * lines. Throws 503 {@code BASKET.DISCOUNT_UNAVAILABLE} when discount does not answer or its circuit is open.
 */
public interface CouponQuotes {
    Quote quote(UUID customerId, String code, String currency, List<QuoteLine> lines);

    record QuoteLine(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {}

    record Quote(
            String code,
            boolean applies,
            @Nullable String reason,
            @Nullable BigDecimal missingAmount,
            BigDecimal discount,
            BigDecimal total) {}
}
