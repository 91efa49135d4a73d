package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.messaging.Envelope.StoredEvent;
import org.emporium.platform.messaging.testapp.Effects;
import org.emporium.platform.messaging.testapp.TestApplication;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.net.TcpProxy;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A consumer whose own database is down when an event arrives: the delivery is put back (nack, requeue) instead of
 * being retried into the dead-letter queue, and the event is applied exactly once when the database is back. The
 * test app's consumer gives up after 3 attempts 50 ms apart (test properties), so without the outage path the event
 * would be dead-lettered within a fraction of a second.
 */
class ConsumerOutageIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void anEventArrivingWhileTheConsumersDatabaseIsDownIsAppliedOnceItIsBack() {
        var postgres = TestInfrastructure.postgres();
        var broker = TestInfrastructure.amqp();
        var url = TestInfrastructure.createDatabase("outage");
        var namespace = "t" + UUID.randomUUID().toString().substring(0, 8);
        try (var database = TcpProxy.start(postgres.host(), postgres.port())) {
            var settings = new ArrayList<String>();
            settings.add("--spring.datasource.url="
                    + url.replace(postgres.host() + ":" + postgres.port(), database.host() + ":" + database.port()));
            settings.add("--spring.datasource.username=" + postgres.adminUser());
            settings.add("--spring.datasource.password=" + postgres.adminPassword());
            settings.add("--spring.datasource.hikari.connection-timeout=1000");
            settings.add("--spring.rabbitmq.host=" + broker.host());
            settings.add("--spring.rabbitmq.port=" + broker.port());
            settings.add("--spring.rabbitmq.username=" + broker.username());
            settings.add("--spring.rabbitmq.password=" + broker.password());
            settings.add("--emporium.messaging.namespace=" + namespace);
            try (var app = new SpringApplicationBuilder(TestApplication.class)
                    .web(WebApplicationType.NONE)
                    .run(settings.toArray(String[]::new))) {
                var names = app.getBean(MessagingNames.class);
                var rabbit = app.getBean(RabbitTemplate.class);
                var effects = app.getBean(Effects.class);
                var deadLetters = MessagingNames.deadLetterQueue(names.queue("effects"));
                var thing = "thing-" + UUID.randomUUID();

                database.cut();
                rabbit.send(names.exchange(), TestApplication.ROUTING_KEY, event(thing));

                // Attempts fail for the missing database; the delivery must stay out of the dead-letter queue.
                await().during(Duration.ofSeconds(3))
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> messagesIn(rabbit, deadLetters) == 0);

                database.restore();
                await().atMost(WAIT).ignoreExceptions().until(() -> effects.count(thing) == 1);
                assertThat(effects.calls(thing)).isEqualTo(1);
                assertThat(messagesIn(rabbit, deadLetters)).isZero();
            }
        }
    }

    private static org.springframework.amqp.core.Message event(String thing) {
        return Envelope.toMessage(
                new StoredEvent(
                        EventIds.next(),
                        TestApplication.ROUTING_KEY,
                        CloudEvents.type(TestApplication.ROUTING_KEY, 1),
                        "/emporium/elsewhere",
                        thing,
                        "{\"thingId\":\"" + thing + "\",\"note\":\"outage\"}",
                        Map.of(),
                        Instant.now(),
                        0),
                "elsewhere");
    }

    private static long messagesIn(RabbitTemplate rabbit, String queue) {
        return rabbit.execute(
                channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }
}
