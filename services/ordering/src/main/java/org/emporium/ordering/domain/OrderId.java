package org.emporium.ordering.domain;

import java.util.Objects;
import java.util.UUID;

/** An order's identity, chosen by ordering at checkout. */
public record OrderId(UUID value) {
    public OrderId {
        Objects.requireNonNull(value, "value");
    }

    public static OrderId random() {
        return new OrderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
