package org.emporium.comment.domain;

import java.util.Objects;
import java.util.UUID;

/** Identifies a review. */
public record ReviewId(UUID value) {
    public ReviewId {
        Objects.requireNonNull(value, "value");
    }

    public static ReviewId newId() {
        return new ReviewId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
