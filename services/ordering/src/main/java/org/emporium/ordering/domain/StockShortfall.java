package org.emporium.ordering.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * Why the catalog could not reserve one line of an order (from {@code catalog.stock-rejected}).
 *
 * @param reason catalog's code: {@code UNKNOWN_PRODUCT}, {@code NOT_AVAILABLE} or {@code INSUFFICIENT_STOCK}
 */
public record StockShortfall(UUID productId, int requested, int available, String reason) {
    public StockShortfall {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(reason, "reason");
        if (requested < 0 || available < 0) {
            throw new IllegalArgumentException("requested and available are never negative");
        }
    }
}
