package org.emporium.comment.infrastructure.catalog;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;

/** The two catalog endpoints the seeding uses: the public search (ids of what is on sale) and the batch look-up. */
interface CatalogApi {
    int PAGE_SIZE = 100;

    @GetExchange("/api/catalog/products?sort=newest")
    SearchPage search(@RequestParam int page, @RequestParam int size);

    @PostExchange("/api/catalog/products/lookup")
    Lookup lookup(@RequestBody LookupRequest request);

    record SearchPage(List<Item> items, int totalPages) {
        record Item(UUID id) {}
    }

    record LookupRequest(List<UUID> ids) {}

    record Lookup(List<Product> products) {
        record Product(UUID id, String slug, String name, String status) {}
    }
}
