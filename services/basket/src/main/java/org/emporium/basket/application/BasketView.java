package org.emporium.basket.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.basket.domain.PricedBasket;
import org.jspecify.annotations.Nullable;

/**
 * A basket as clients see it (public and internal API): current prices, flags, line totals, subtotal, and the
 * coupon with its quoted discount and the total when one is applied.
 */
public record BasketView(
        UUID customerId,
        long revision,
        @Nullable String currency,
        List<LineView> lines,
        @Nullable String couponCode,
        BigDecimal subtotal,
        @Nullable BigDecimal discount,
        BigDecimal total,
        @Nullable Instant updatedAt) {

    public record LineView(
            UUID productId,
            String name,
            @Nullable String imageUrl,
            @Nullable UUID categoryId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal addedUnitPrice,
            boolean priceChanged,
            boolean available,
            boolean unavailable,
            BigDecimal lineTotal) {}

    public static BasketView of(PricedBasket priced, @Nullable BigDecimal discount, @Nullable BigDecimal total) {
        var basket = priced.basket();
        var lines = priced.lines().stream()
                .map(line -> new LineView(
                        line.line().productId(),
                        line.line().name(),
                        line.line().imageUrl(),
                        line.line().categoryId(),
                        line.line().quantity(),
                        line.unitPrice(),
                        line.line().addedUnitPrice(),
                        line.priceChanged(),
                        line.available(),
                        !line.available(),
                        line.lineTotal()))
                .toList();
        return new BasketView(
                basket.customerId(),
                basket.revision(),
                priced.currency(),
                lines,
                basket.couponCode().orElse(null),
                priced.subtotal(),
                discount,
                total == null ? priced.subtotal() : total,
                basket.updatedAt().orElse(null));
    }
}
