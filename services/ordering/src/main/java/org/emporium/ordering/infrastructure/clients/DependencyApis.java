package org.emporium.ordering.infrastructure.clients;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
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

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Basket(
                UUID customerId,
                long revision,
                @Nullable String currency,
                List<Line> lines,
                @Nullable String couponCode) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Line(UUID productId, String name, @Nullable UUID categoryId, int quantity, BigDecimal unitPrice) {}
    }

    /** Catalog's {@code POST /api/catalog/products/lookup} (scope {@code catalog.read}). */
    public interface CatalogApi {
        @PostExchange("/api/catalog/products/lookup")
        LookupResponse lookup(@RequestBody LookupRequest request);

        @JsonIgnoreProperties(ignoreUnknown = true)
        record LookupRequest(List<UUID> ids) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record LookupResponse(List<Item> products, @Nullable List<UUID> missing) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Item(UUID id, String name, BigDecimal price, String currency, String status) {}
    }

    /** Discount's {@code /internal/redemptions} (scope {@code discount.redeem}). */
    public interface DiscountApi {
        @PostExchange("/internal/redemptions")
        Redemption reserve(@RequestBody ReserveRequest request);

        @DeleteExchange("/internal/redemptions/{orderId}")
        void release(@PathVariable UUID orderId);

        @JsonIgnoreProperties(ignoreUnknown = true)
        record ReserveRequest(UUID orderId, UUID customerId, String code, String currency, List<Line> lines) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Line(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Redemption(UUID orderId, String code, String state, BigDecimal discount, List<Allocation> allocations) {}

        @JsonIgnoreProperties(ignoreUnknown = true)
        record Allocation(UUID productId, BigDecimal discount) {}
    }
}
