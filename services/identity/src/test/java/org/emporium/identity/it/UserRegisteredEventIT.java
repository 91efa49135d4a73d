package org.emporium.identity.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.contracts.identity.UserRegistered;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code identity.user-registered} leaves identity: registered over HTTP, relayed from the outbox to the events
 * exchange and read from a queue bound to it, as a consumer would (docs/events.md, docs/messaging.md).
 */
class UserRegisteredEventIT extends IdentityIT {

    @Autowired
    AmqpAdmin admin;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    Declarables messagingTopology;

    @Test
    void registrationPublishesUserRegisteredInTheCloudEventsEnvelope() {
        var exchange =
                messagingTopology.getDeclarablesByType(TopicExchange.class).getFirst();
        var probe = exchange.getName() + ".probe-" + UUID.randomUUID();
        admin.declareQueue(new Queue(probe, false, false, false));
        admin.declareBinding(new Binding(
                probe, Binding.DestinationType.QUEUE, exchange.getName(), UserRegistered.ROUTING_KEY, null));
        try {
            var email = "Ada.Lovelace-" + UUID.randomUUID() + "@Example.org";
            var registered = identity.register(email, "Correct-Horse-42", "Ada Lovelace");
            assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
            var userId = registered.text("id");

            var message = receive(probe, userId);
            var properties = message.getMessageProperties();
            var id = header(message, "cloudEvents:id");
            assertThat(UUID.fromString(id)).isNotNull();
            assertThat(properties.getMessageId()).isEqualTo(id);
            assertThat(header(message, "cloudEvents:specversion")).isEqualTo("1.0");
            assertThat(header(message, "cloudEvents:source")).isEqualTo("/emporium/identity");
            assertThat(header(message, "cloudEvents:type")).isEqualTo("org.emporium.identity.user-registered.v1");
            assertThat(header(message, "cloudEvents:subject")).isEqualTo(userId);
            assertThat(Instant.parse(header(message, "cloudEvents:time"))).isBefore(Instant.now());
            assertThat(properties.getContentType()).isEqualTo("application/json");

            var payload = IdentityClient.JSON.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
            assertThat(payload.propertyNames())
                    .containsExactlyInAnyOrder("userId", "email", "displayName", "registeredAt");
            assertThat(payload.get("userId").asString()).isEqualTo(userId);
            assertThat(payload.get("email").asString())
                    .as("the address as typed")
                    .isEqualTo(email);
            assertThat(payload.get("displayName").asString()).isEqualTo("Ada Lovelace");
            assertThat(Instant.parse(payload.get("registeredAt").asString()))
                    .isEqualTo(Instant.parse(registered.text("registeredAt")));
        } finally {
            admin.deleteQueue(probe);
        }
    }

    private Message receive(String queue, String subject) {
        var rabbit = new RabbitTemplate(connectionFactory);
        var found = new AtomicReference<Message>();
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            var message = rabbit.receive(queue, 500);
            if (message != null && subject.equals(header(message, "cloudEvents:subject"))) {
                found.set(message);
            }
            return found.get() != null;
        });
        return found.get();
    }

    private static String header(Message message, String name) {
        var value = message.getMessageProperties().getHeaders().get(name);
        return value == null ? null : value.toString();
    }
}
