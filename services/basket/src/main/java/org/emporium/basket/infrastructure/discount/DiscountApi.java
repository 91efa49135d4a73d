package org.emporium.basket.infrastructure.discount;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/** Discount's {@code POST /api/discount/quotes} as fixed in the interfaces between basket, discount and ordering. */
public interface DiscountApi {
    @PostExchange("/api/discount/quotes")
    QuoteResponse quote(@RequestBody QuoteRequest request);

    record QuoteRequest(String code, String currency, UUID customerId, List<Line> lines) {}

    record Line(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {}

    record QuoteResponse(
            String code,
            boolean applies,
            @Nullable String reason,
            @Nullable BigDecimal missingAmount,
            String currency,
            BigDecimal subtotal,
            @Nullable BigDecimal eligibleSubtotal,
            BigDecimal discount,
            BigDecimal total) {}
}
