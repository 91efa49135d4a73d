package org.emporium.comment.infrastructure.catalog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/**
 * The two catalog endpoints the seeding uses: the public search (ids of what is on sale) and the batch look-up. Only
 * the fields read are declared; the rest of the catalog's answers is ignored (the catalog may add fields).
 */
interface CatalogApi {
    int PAGE_SIZE = 100;

    @GetExchange("/api/catalog/products?sort=newest")
    SearchPage search(@RequestParam int page, @RequestParam int size);

    @PostExchange("/api/catalog/products/lookup")
    Lookup lookup(@RequestBody LookupRequest request);

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SearchPage(List<Item> items, int totalPages) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Item(UUID id) {}
    }

    record LookupRequest(List<UUID> ids) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Lookup(List<Product> products) {
        @JsonIgnoreProperties(ignoreUnknown = true)
        record Product(UUID id, String slug, String name, String status) {}
    }
}
