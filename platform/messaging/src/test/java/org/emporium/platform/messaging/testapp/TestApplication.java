package org.emporium.platform.messaging.testapp;

import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.messaging.EventSubscription;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** A minimal service that publishes {@link ThingHappened} and applies it to its {@code effects} table. */
@SpringBootApplication
public class TestApplication {

    public static final String ROUTING_KEY = "testapp.thing-happened";

    /** The event; {@code note = "poison"} makes the handler fail every time. */
    public record ThingHappened(String thingId, String note) implements IntegrationEvent {
        @Override
        public String routingKey() {
            return ROUTING_KEY;
        }

        @Override
        public String subject() {
            return thingId;
        }
    }

    @Bean
    Effects effects(JdbcTemplate jdbc) {
        return new Effects(jdbc);
    }

    @Bean
    EventSubscription effectsSubscription(Effects effects) {
        return EventSubscription.forQueue("effects")
                .on(ROUTING_KEY, ThingHappened.class, effects::apply)
                .build();
    }
}
