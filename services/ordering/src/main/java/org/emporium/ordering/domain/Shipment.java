package org.emporium.ordering.domain;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The carrier's parcel of a shipped order; {@code deliveredAt} once an admin marked it delivered. */
public record Shipment(
        String carrier,
        String trackingNumber,
        Instant shippedAt,
        @Nullable Instant deliveredAt) {
    public Shipment {
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(shippedAt, "shippedAt");
    }

    public Shipment delivered(Instant at) {
        return new Shipment(carrier, trackingNumber, shippedAt, at);
    }
}
