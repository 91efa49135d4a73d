package org.emporium.comment.domain;

import java.util.Objects;
import java.util.UUID;

/** A signed-in customer (the user id of identity's tokens). */
public record CustomerId(UUID value) {
    public CustomerId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
