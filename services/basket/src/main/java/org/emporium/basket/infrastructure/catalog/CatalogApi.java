package org.emporium.basket.infrastructure.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.PostExchange;

/** Catalog's {@code POST /api/catalog/products/lookup} (scope {@code catalog.read}), see docs/catalog.md. */
public interface CatalogApi {
    @PostExchange("/api/catalog/products/lookup")
    LookupResponse lookup(@RequestBody LookupRequest request);

    record LookupRequest(List<UUID> ids) {}

    record LookupResponse(List<Item> products, @Nullable List<UUID> missing) {}

    record Item(
            UUID id,
            String slug,
            String name,
            BigDecimal price,
            String currency,
            String status,
            int stock,
            @Nullable UUID categoryId,
            @Nullable String imageUrl) {}
}
