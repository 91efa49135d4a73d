package org.emporium.identity.domain.user;

import java.util.Objects;
import java.util.UUID;

/** A user's identifier; also the {@code sub} claim of the user's tokens. */
public record UserId(UUID value) {
    public UserId {
        Objects.requireNonNull(value, "value");
    }

    public static UserId newId() {
        return new UserId(UUID.randomUUID());
    }

    public static UserId of(String value) {
        return new UserId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
