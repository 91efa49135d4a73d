package org.emporium.platform.messaging;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The CloudEvents attributes of a received event.
 *
 * @param id the event id ({@code cloudEvents:id}), the same on every redelivery
 * @param type e.g. {@code org.emporium.ordering.order-placed.v1}
 * @param source e.g. {@code /emporium/ordering}, may be null (a foreign publisher)
 * @param time when the event was stored by its publisher, may be null (a foreign publisher)
 * @param subject what the event is about, may be null
 * @param routingKey e.g. {@code ordering.order-placed}
 * @param traceparent the W3C trace context the message carried, may be null
 */
public record EventMetadata(
        UUID id,
        String type,
        @Nullable String source,
        @Nullable Instant time,
        @Nullable String subject,
        String routingKey,
        @Nullable String traceparent) {}
