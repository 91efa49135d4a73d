package org.emporium.statistics.application;

import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.mediator.Command;

/**
 * A consumed event: stored once in the consumed-events log and applied to every projection, together with the other
 * events of its transaction just before that transaction commits (see {@link EventBatches}).
 */
public record RecordEvent(UUID eventId, String routingKey, Instant occurredAt, IntegrationEvent event)
        implements Command<Void> {}
