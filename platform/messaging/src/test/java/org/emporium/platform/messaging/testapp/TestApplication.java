package org.emporium.platform.messaging.testapp;

import java.util.List;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.Subscription;
import org.emporium.platform.messaging.EventSubscription;
import org.emporium.platform.messaging.SubscriptionRegistry;
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

    /** The platform's subscriptions as far as this test service knows them: its own queue. */
    @Bean
    SubscriptionRegistry subscriptionRegistry() {
        return new SubscriptionRegistry(List.of(new Subscription("testapp", "effects", List.of(ROUTING_KEY))));
    }

    @Bean
    EventSubscription effectsSubscription(Effects effects) {
        return EventSubscription.forQueue("effects")
                .on(ROUTING_KEY, ThingHappened.class, effects::apply)
                .build();
    }
}
