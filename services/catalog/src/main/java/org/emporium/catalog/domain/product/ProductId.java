package org.emporium.catalog.domain.product;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Identifies a product. */
public record ProductId(UUID value) {
    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    public static ProductId newId() {
        return new ProductId(UUID.randomUUID());
    }

    /** The id written in {@code text}, or empty when it is not a UUID (it may be a slug). */
    public static Optional<ProductId> parse(String text) {
        // Slugs are the common case on the read path: rule them out without the cost of an exception.
        if (text == null || text.length() != 36 || text.charAt(8) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(new ProductId(UUID.fromString(text)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
