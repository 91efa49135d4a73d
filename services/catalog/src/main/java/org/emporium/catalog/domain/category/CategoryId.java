package org.emporium.catalog.domain.category;

import java.util.Objects;
import java.util.UUID;

/** Identifies a category. */
public record CategoryId(UUID value) {
    public CategoryId {
        Objects.requireNonNull(value, "value");
    }

    public static CategoryId newId() {
        return new CategoryId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
