package org.emporium.catalog.domain.image;

import java.util.Objects;
import java.util.UUID;

/** Identifies a product image; an image's bytes never change, so the id is also its cache key. */
public record ImageId(UUID value) {
    public ImageId {
        Objects.requireNonNull(value, "value");
    }

    public static ImageId newId() {
        return new ImageId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
