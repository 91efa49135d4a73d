package org.emporium.ordering.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an order's status history.
 *
 * @param sequence 1 for the first status ({@code PENDING}), then one more per transition
 * @param from the status before; null for the first entry
 * @param reason why, for a cancellation or expiry
 */
public record StatusChange(
        int sequence,
        @Nullable OrderStatus from,
        OrderStatus to,
        @Nullable CancelReason reason,
        Instant at) {
    public StatusChange {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1");
        }
    }
}
