package org.emporium.identity.infrastructure.messaging;

import org.emporium.contracts.IntegrationEvent;
import org.emporium.identity.application.users.IntegrationEvents;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.stereotype.Component;

/** Identity's events go through the platform's transactional outbox (same database, same transaction). */
@Component
class OutboxIntegrationEvents implements IntegrationEvents {
    private final EventOutbox outbox;

    OutboxIntegrationEvents(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void publishAfterCommit(IntegrationEvent event) {
        outbox.add(event);
    }
}
