package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.emporium.platform.messaging.Envelope.StoredEvent;
import org.emporium.platform.messaging.testapp.Effects;
import org.emporium.platform.messaging.testapp.TestApplication;
import org.emporium.platform.messaging.testapp.TestApplication.ThingHappened;
import org.emporium.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The messaging guarantees on a real broker (embedded Qpid, or RabbitMQ with EMPORIUM_TEST_INFRA=external). */
@SpringBootTest(classes = TestApplication.class)
@RealInfrastructure
class MessagingIT {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    EventOutbox outbox;

    @Autowired
    Effects effects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessagingNames names;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    MeterRegistry meters;

    @Autowired
    OutboxRelay relay;

    @Autowired
    MessagingTopology topology;

    @Autowired
    ObservationRegistry observations;

    @Autowired
    Tracer tracer;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    JsonMapper json;

    TransactionTemplate transaction;
    RabbitTemplate rabbit;
    String queue;

    @BeforeEach
    void setUp() {
        transaction = new TransactionTemplate(transactionManager);
        rabbit = new RabbitTemplate(connectionFactory);
        queue = names.queue("effects");
    }

    @Test
    void committedEventIsPublishedInTheCloudEventsEnvelopeAndHandledOnce() {
        var probe = names.namespace() + ".probe-" + UUID.randomUUID();
        admin.declareQueue(new Queue(probe, false, false, false));
        admin.declareBinding(
                new Binding(probe, Binding.DestinationType.QUEUE, names.exchange(), TestApplication.ROUTING_KEY, null));
        try {
            var thing = thing();
            store(new ThingHappened(thing, "hello"));

            var message = receive(probe, m -> thing.equals(header(m, "cloudEvents:subject")));
            var properties = message.getMessageProperties();
            var id = header(message, "cloudEvents:id");
            assertThat(UUID.fromString(id).version()).isEqualTo(7);
            assertThat(properties.getMessageId()).isEqualTo(id);
            assertThat(properties.getContentType()).isEqualTo("application/json");
            assertThat(header(message, "cloudEvents:specversion")).isEqualTo("1.0");
            assertThat(header(message, "cloudEvents:source")).isEqualTo("/emporium/testapp");
            assertThat(header(message, "cloudEvents:type")).isEqualTo("org.emporium.testapp.thing-happened.v1");
            assertThat(Instant.parse(header(message, "cloudEvents:time"))).isBefore(Instant.now());
            assertThat(header(message, "traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
            assertThat(properties.getHeaders().keySet()).noneMatch(name -> name.startsWith("spring_"));
            assertThat(json.readTree(new String(message.getBody(), StandardCharsets.UTF_8)))
                    .isEqualTo(json.readTree("{\"thingId\":\"" + thing + "\",\"note\":\"hello\"}"));

            await().atMost(WAIT).until(() -> effects.count(thing) == 1);
            var metadata = effects.metadata(thing);
            assertThat(metadata.id()).hasToString(id);
            assertThat(metadata.type()).isEqualTo("org.emporium.testapp.thing-happened.v1");
            assertThat(metadata.source()).isEqualTo("/emporium/testapp");
            assertThat(metadata.subject()).isEqualTo(thing);
            assertThat(metadata.routingKey()).isEqualTo(TestApplication.ROUTING_KEY);
            assertThat(metadata.time()).isEqualTo(Instant.parse(header(message, "cloudEvents:time")));
            // Marked published after the confirm, which may arrive after the consumer already ran.
            await().atMost(WAIT).until(() -> outboxRow(thing).get("published_at") != null);
            assertThat(outboxRow(thing))
                    .containsEntry("attempts", 1)
                    .containsEntry("routing_key", TestApplication.ROUTING_KEY)
                    .containsEntry("source", "/emporium/testapp");
            assertThat(meters.get("emporium.outbox.published").counter().count())
                    .isPositive();
        } finally {
            admin.deleteQueue(probe);
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        var rolledBack = thing();
        transaction.executeWithoutResult(status -> {
            outbox.add(new ThingHappened(rolledBack, "never"));
            status.setRollbackOnly();
        });
        var marker = thing();
        store(new ThingHappened(marker, "after"));

        // The marker was stored later and the queue is consumed in order: had the first event been published,
        // it would have been handled before the marker.
        await().atMost(WAIT).until(() -> effects.count(marker) == 1);
        assertThat(effects.calls(rolledBack)).isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM emporium_outbox WHERE subject = ?", Integer.class, rolledBack))
                .isZero();
    }

    @Test
    void addingOutsideATransactionFailsFast() {
        var thing = thing();
        assertThatThrownBy(() -> outbox.add(new ThingHappened(thing, "no transaction")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside the business transaction");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM emporium_outbox WHERE subject = ?", Integer.class, thing))
                .isZero();
    }

    @Test
    void theSameMessageDeliveredTwiceHasOneEffect() {
        var thing = thing();
        var message = Envelope.toMessage(
                new StoredEvent(
                        EventIds.next(),
                        TestApplication.ROUTING_KEY,
                        CloudEvents.type(TestApplication.ROUTING_KEY, 1),
                        "/emporium/elsewhere",
                        thing,
                        "{\"thingId\":\"" + thing + "\",\"note\":\"twice\"}",
                        Map.of(),
                        Instant.now(),
                        0),
                "elsewhere");
        var duplicatesBefore = duplicates();

        rabbit.send(names.exchange(), TestApplication.ROUTING_KEY, message);
        rabbit.send(names.exchange(), TestApplication.ROUTING_KEY, message);
        var marker = thing();
        store(new ThingHappened(marker, "after"));

        await().atMost(WAIT).until(() -> effects.count(marker) == 1);
        await().atMost(WAIT).until(() -> duplicates() == duplicatesBefore + 1);
        assertThat(effects.count(thing)).isEqualTo(1);
        assertThat(effects.calls(thing)).isEqualTo(1);
    }

    @Test
    void eventRepublishedAfterACrashBeforeItWasMarkedHasOneEffect() {
        var thing = thing();
        store(new ThingHappened(thing, "republished"));
        await().atMost(WAIT).until(() -> effects.count(thing) == 1);
        await().atMost(WAIT).until(() -> outboxRow(thing).get("published_at") != null);

        // What a relay that crashed after the broker confirmed, but before its commit, leaves behind.
        jdbc.update("UPDATE emporium_outbox SET published_at = NULL WHERE subject = ?", thing);
        await().atMost(WAIT).until(() -> outboxRow(thing).get("published_at") != null);
        assertThat(outboxRow(thing)).containsEntry("attempts", 2);

        var marker = thing();
        store(new ThingHappened(marker, "after"));
        await().atMost(WAIT).until(() -> effects.count(marker) == 1);
        assertThat(effects.count(thing)).isEqualTo(1);
        assertThat(effects.calls(thing)).isEqualTo(1);
    }

    @Test
    void messageThatAlwaysFailsIsDeadLetteredAfterBoundedRetriesAndTheNextOneIsProcessed() {
        var poison = thing();
        var next = thing();
        var deadLetteredBefore = deadLettered();
        store(new ThingHappened(poison, "poison"));
        store(new ThingHappened(next, "fine"));

        await().atMost(WAIT).until(() -> effects.count(next) == 1);
        var dead = receive(MessagingNames.deadLetterQueue(queue), m -> poison.equals(header(m, "cloudEvents:subject")));
        assertThat(header(dead, "x-emporium-attempts")).isEqualTo("3");
        assertThat(header(dead, "x-emporium-error")).contains("cannot handle thing " + poison);
        assertThat(header(dead, "x-emporium-error-stack")).contains("Effects.apply");
        assertThat(header(dead, "x-emporium-queue")).isEqualTo(queue);
        assertThat(header(dead, "x-emporium-routing-key")).isEqualTo(TestApplication.ROUTING_KEY);
        assertThat(header(dead, "cloudEvents:type")).isEqualTo("org.emporium.testapp.thing-happened.v1");
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains(poison);
        assertThat(effects.calls(poison)).isEqualTo(3);
        assertThat(effects.count(poison)).isZero();
        assertThat(deadLettered()).isEqualTo(deadLetteredBefore + 1);
    }

    @Test
    void failingMessageIsNotAcknowledgedWhileItCannotBeDeadLettered() {
        var deadLetterQueue = MessagingNames.deadLetterQueue(queue);
        admin.deleteQueue(deadLetterQueue);
        var poison = thing();
        try {
            store(new ThingHappened(poison, "poison"));
            // The DLQ copy is unroutable, so the message goes back to the queue and is tried again, round after
            // round, instead of being acknowledged and lost.
            await().atMost(WAIT).until(() -> effects.calls(poison) >= 3 * 3);
        } finally {
            topology.declare();
        }
        var dead = receive(deadLetterQueue, m -> poison.equals(header(m, "cloudEvents:subject")));
        assertThat(header(dead, "x-emporium-attempts")).isEqualTo("3");
        assertThat(effects.count(poison)).isZero();
    }

    @Test
    void unreadableMessageGoesStraightToTheDeadLetterQueue() {
        var thing = thing();
        var message = Envelope.toMessage(
                new StoredEvent(
                        EventIds.next(),
                        TestApplication.ROUTING_KEY,
                        CloudEvents.type(TestApplication.ROUTING_KEY, 1),
                        "/emporium/elsewhere",
                        thing,
                        "{not json",
                        Map.of(),
                        Instant.now(),
                        0),
                "elsewhere");
        rabbit.send(names.exchange(), TestApplication.ROUTING_KEY, message);

        var dead = receive(MessagingNames.deadLetterQueue(queue), m -> thing.equals(header(m, "cloudEvents:subject")));
        assertThat(header(dead, "x-emporium-attempts")).isEqualTo("0");
        assertThat(header(dead, "x-emporium-error")).contains("tools.jackson");
        assertThat(effects.calls(thing)).isZero();
    }

    @Test
    void traceContextFlowsFromTheWritingRequestToTheHandler() {
        var thing = thing();
        var traceId = new AtomicReference<String>();
        Observation.createNotStarted("test.request", observations).observe(() -> {
            traceId.set(tracer.currentSpan().context().traceId());
            store(new ThingHappened(thing, "traced"));
        });

        assertThat(outboxRow(thing).get("headers").toString()).contains(traceId.get());
        await().atMost(WAIT).until(() -> effects.count(thing) == 1);
        assertThat(effects.metadata(thing).traceparent()).startsWith("00-" + traceId.get() + "-");
    }

    @Test
    void publishedEventsAreDeletedAfterTheirRetention() {
        var thing = thing();
        store(new ThingHappened(thing, "old"));
        await().atMost(WAIT).until(() -> outboxRow(thing).get("published_at") != null);

        assertThat(relay.cleanup(Instant.now().plusSeconds(1), Instant.EPOCH)).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM emporium_outbox WHERE subject = ?", Integer.class, thing))
                .isZero();
    }

    @Test
    void messagingSchemaHasItsOwnMigrationHistoryBesideTheService() {
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM emporium_messaging_schema_history WHERE success AND version = '1'",
                        Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM flyway_schema_history WHERE success AND version = '1'", Integer.class))
                .isEqualTo(1);
    }

    private void store(ThingHappened event) {
        transaction.executeWithoutResult(status -> outbox.add(event));
    }

    private Map<String, Object> outboxRow(String subject) {
        return jdbc.queryForMap(
                "SELECT routing_key, source, attempts, published_at, headers::text AS headers FROM emporium_outbox"
                        + " WHERE subject = ?",
                subject);
    }

    private Message receive(String queueName, java.util.function.Predicate<Message> wanted) {
        var found = new AtomicReference<Message>();
        await().atMost(WAIT).until(() -> {
            var message = rabbit.receive(queueName);
            if (message != null && wanted.test(message)) {
                found.set(message);
            }
            return found.get() != null;
        });
        return found.get();
    }

    private double duplicates() {
        var counter = meters.find("emporium.messaging.consumed")
                .tag("queue", queue)
                .tag("outcome", "duplicate")
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private double deadLettered() {
        var counter = meters.find("emporium.messaging.dead.lettered")
                .tag("queue", queue)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    private static String header(Message message, String name) {
        Object value = message.getMessageProperties().getHeaders().get(name);
        return value == null ? null : value.toString();
    }

    private static String thing() {
        return "thing-" + UUID.randomUUID();
    }
}
