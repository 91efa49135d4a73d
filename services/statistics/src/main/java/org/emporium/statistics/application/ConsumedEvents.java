package org.emporium.statistics.application;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.emporium.contracts.IntegrationEvent;

/** The append-only log of every event the service consumed. */
public interface ConsumedEvents {

    /** Stores the event; false when its id is stored already (nothing written). */
    boolean append(UUID eventId, String routingKey, Instant occurredAt, IntegrationEvent event);

    /** Hands every stored event to {@code sink} in the order it was consumed; returns how many. */
    long replay(Consumer<IntegrationEvent> sink);
}
