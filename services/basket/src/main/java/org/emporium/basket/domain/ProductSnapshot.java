package org.emporium.basket.domain;

import java.math.BigDecimal;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The basket's local copy of one catalog product: what it costs now and whether it can be bought. {@code version}
 * is catalog's {@code productVersion}; an older one never overwrites a newer one.
 */
public record ProductSnapshot(
        UUID productId,
        String name,
        @Nullable String imageUrl,
        @Nullable UUID categoryId,
        BigDecimal price,
        String currency,
        boolean available,
        long version) {

    public ProductSnapshot unavailable(long newVersion) {
        return new ProductSnapshot(productId, name, imageUrl, categoryId, price, currency, false, newVersion);
    }
}
