package org.emporium.catalog.domain.stock;

import java.util.Objects;
import java.util.UUID;

/** Identifies an order of the ordering service; the catalog keeps one reservation per order. */
public record OrderId(UUID value) {
    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
