package org.emporium.catalog.infrastructure.messaging;

import org.emporium.catalog.application.Outbox;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.stereotype.Component;

/** The application's {@link Outbox} on the platform's transactional outbox (relayed with publisher confirms). */
@Component
class PlatformOutbox implements Outbox {
    private final EventOutbox outbox;

    PlatformOutbox(EventOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void add(IntegrationEvent event) {
        outbox.add(event);
    }
}
