package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.messaging.testapp.Effects;
import org.emporium.platform.messaging.testapp.TestApplication;
import org.emporium.platform.messaging.testapp.TestApplication.ThingHappened;
import org.emporium.platform.test.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 8 item 8: on a broker that has never seen the consumer (a fresh namespace), an event published by another
 * service before the consumer first starts is kept for it, because the producer declares the platform's consumer
 * queues ({@link SubscriptionRegistry}) before relaying.
 */
class TopologyIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void eventPublishedBeforeItsConsumerEverStartedReachesTheConsumer() {
        var namespace = "t" + UUID.randomUUID().toString().substring(0, 8);
        var thing = "thing-" + UUID.randomUUID();
        try (var producer = start("producer", namespace)) {
            var outbox = producer.getBean(EventOutbox.class);
            new TransactionTemplate(producer.getBean(PlatformTransactionManager.class))
                    .executeWithoutResult(status -> outbox.add(new ThingHappened(thing, "early")));
            // Confirmed by the broker before testapp's consumer ever existed.
            await().atMost(WAIT)
                    .until(() -> Boolean.TRUE.equals(producer.getBean(JdbcTemplate.class)
                            .queryForObject(
                                    "SELECT published_at IS NOT NULL FROM emporium_outbox WHERE subject = ?",
                                    Boolean.class,
                                    thing)));

            try (var consumer = start("testapp", namespace)) {
                var effects = consumer.getBean(Effects.class);
                await().atMost(WAIT).until(() -> effects.count(thing) == 1);
                assertThat(effects.calls(thing)).isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(String service, String namespace) {
        var postgres = TestInfrastructure.postgres();
        var broker = TestInfrastructure.amqp();
        var settings = new ArrayList<>(List.of(
                "--spring.application.name=" + service,
                "--spring.datasource.url=" + TestInfrastructure.createDatabase("topology"),
                "--spring.datasource.username=" + postgres.adminUser(),
                "--spring.datasource.password=" + postgres.adminPassword(),
                "--spring.rabbitmq.host=" + broker.host(),
                "--spring.rabbitmq.port=" + broker.port(),
                "--spring.rabbitmq.username=" + broker.username(),
                "--spring.rabbitmq.password=" + broker.password(),
                "--emporium.messaging.namespace=" + namespace));
        return new SpringApplicationBuilder(TestApplication.class)
                .web(WebApplicationType.NONE)
                .run(settings.toArray(String[]::new));
    }
}
