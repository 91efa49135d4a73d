package org.emporium.comment.domain;

import java.util.Objects;
import java.util.UUID;

/** A catalog product, as the comment service knows it. */
public record ProductId(UUID value) {
    public ProductId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
