package org.emporium.ordering.infrastructure.clients;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The other services' endpoints ordering calls, as their controllers define them. */
public final class DependencyApis {
    private DependencyApis() {}

    /** Basket's {@code GET /internal/baskets/{customerId}} (scope {@code basket.read}). */
    public interface BasketApi {
        @GetExchange("/internal/baskets/{customerId}")
        Basket basket(@PathVariable UUID customerId);

        record Basket(
                UUID customerId,
                long revision,
                @Nullable String currency,
                List<Line> lines,
                @Nullable String couponCode) {}

        record Line(UUID productId, String name, @Nullable UUID categoryId, int quantity, BigDecimal unitPrice) {}
    }

    /** Catalog's {@code POST /api/catalog/products/lookup} (scope {@code catalog.read}). */
    public interface CatalogApi {
        @PostExchange("/api/catalog/products/lookup")
        LookupResponse lookup(@RequestBody LookupRequest request);

        record LookupRequest(List<UUID> ids) {}

        record LookupResponse(List<Item> products, @Nullable List<UUID> missing) {}

        record Item(UUID id, String name, BigDecimal price, String currency, String status) {}
    }

    /** Discount's {@code /internal/redemptions} (scope {@code discount.redeem}). */
    public interface DiscountApi {
        @PostExchange("/internal/redemptions")
        Redemption reserve(@RequestBody ReserveRequest request);

        @DeleteExchange("/internal/redemptions/{orderId}")
        void release(@PathVariable UUID orderId);

        record ReserveRequest(UUID orderId, UUID customerId, String code, String currency, List<Line> lines) {}

        record Line(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {}

        record Redemption(UUID orderId, String code, String state, BigDecimal discount, List<Allocation> allocations) {}

        record Allocation(UUID productId, BigDecimal discount) {}
    }
}
