package org.emporium.statistics.infrastructure.messaging;

import java.time.Instant;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventSubscription;
import org.emporium.statistics.application.RecordEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue {@code statistics.events}: every event a report counts. Each becomes a {@link RecordEvent} through the
 * same mediator as HTTP requests; the platform applies each once (inbox), retries and dead-letters.
 */
@Configuration(proxyBeanMethods = false)
class StatisticsSubscriptions {

    @Bean
    EventSubscription events(Mediator mediator) {
        var builder = EventSubscription.forQueue("events");
        StatisticsEvents.TYPES.forEach((key, type) -> on(builder, key, type, mediator));
        return builder.build();
    }

    private static <E extends IntegrationEvent> void on(
            EventSubscription.Builder builder, String key, Class<E> type, Mediator mediator) {
        builder.on(
                key,
                type,
                (event, metadata) -> mediator.send(new RecordEvent(
                        metadata.id(), key, metadata.time() == null ? Instant.now() : metadata.time(), event)));
    }
}
