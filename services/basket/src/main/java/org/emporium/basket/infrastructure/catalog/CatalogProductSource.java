package org.emporium.basket.infrastructure.catalog;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.basket.application.ProductSource;
import org.emporium.basket.domain.BasketErrors;
import org.emporium.basket.domain.ProductSnapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClientException;

/**
 * Seeds the local copy from catalog's look-up for a product no event has brought yet. The seed has version
 * {@link #SEED_VERSION}, below every event's, so the first event about the product replaces it. Catalog not
 * answering (timeout, circuit open, 5xx) is 503 {@code BASKET.CATALOG_UNAVAILABLE}.
 */
public class CatalogProductSource implements ProductSource {
    static final long SEED_VERSION = -1;
    private static final Logger log = LoggerFactory.getLogger(CatalogProductSource.class);

    private final CatalogApi catalog;

    public CatalogProductSource(CatalogApi catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<ProductSnapshot> lookUp(UUID productId) {
        CatalogApi.LookupResponse answer;
        try {
            answer = catalog.lookup(new CatalogApi.LookupRequest(List.of(productId)));
        } catch (RestClientException | IllegalStateException e) {
            log.warn("Catalog look-up of product {} failed: {}", productId, e.toString());
            throw BasketErrors.catalogUnavailable();
        } catch (RuntimeException e) {
            if (org.emporium.basket.domain.DomainRefusal.isUnavailable(e)) {
                log.warn("Catalog look-up of product {} failed: {}", productId, e.toString());
                throw BasketErrors.catalogUnavailable();
            }
            throw e;
        }
        return answer.products().stream()
                .filter(item -> item.id().equals(productId))
                .findFirst()
                .map(item -> new ProductSnapshot(
                        item.id(),
                        item.name(),
                        item.imageUrl(),
                        item.categoryId(),
                        item.price(),
                        item.currency(),
                        "ACTIVE".equals(item.status()),
                        SEED_VERSION));
    }
}
