package org.emporium.catalog.domain.stock;

import java.util.Objects;
import org.emporium.catalog.domain.product.ProductId;

/** A quantity of one product held for an order. */
public record ReservationLine(ProductId productId, int quantity) {
    public ReservationLine {
        Objects.requireNonNull(productId, "productId");
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
    }
}
