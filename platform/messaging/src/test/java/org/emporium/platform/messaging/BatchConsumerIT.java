package org.emporium.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.messaging.Envelope.StoredEvent;
import org.emporium.platform.messaging.testapp.Effects;
import org.emporium.platform.messaging.testapp.TestApplication;
import org.emporium.platform.test.RealInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The opt-in batch consumer ({@code emporium.messaging.consumer.queues.effects.batch-size=25}) on the real broker and
 * PostgreSQL. Each test pauses the queue's consumer while it publishes, so the messages wait in the queue and are
 * taken in full batches when it resumes.
 */
@SpringBootTest(
        classes = TestApplication.class,
        properties = "emporium.messaging.consumer.queues.effects.batch-size=25")
@RealInfrastructure
class BatchConsumerIT {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    Effects effects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessagingNames names;

    @Autowired
    ConnectionFactory connectionFactory;

    @Autowired
    EventConsumers consumers;

    @Autowired
    MeterRegistry meters;

    RabbitTemplate rabbit;
    String run;

    @BeforeEach
    void setUp() {
        rabbit = new RabbitTemplate(connectionFactory);
        run = "batch-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void resume() {
        container().start();
    }

    @Test
    void theQueueIsConsumedInBatches() {
        assertThat(container().isConsumerBatchEnabled()).isTrue();
    }

    @Test
    void appliesEachEventOnceInFewTransactionsAlsoWhenItsIdIsDeliveredAgain() {
        var ids = new ArrayList<UUID>();
        container().stop();
        for (int i = 0; i < 40; i++) {
            ids.add(EventIds.next());
            send(ids.get(i), thing(i), "batched");
        }
        for (int i = 0; i < 10; i++) {
            send(ids.get(i), thing(i), "batched"); // the same event again, in the same batch as its first copy
        }
        var duplicatesBefore = consumed("duplicate");
        container().start();

        await().atMost(WAIT).until(() -> appliedThings() == 40);
        assertThat(effectsPerThing()).containsOnly(1);
        // 50 deliveries in batches of up to 25: a few transactions (partial batches on a busy machine), not 40.
        assertThat(transactions()).isLessThanOrEqualTo(10);
        assertThat(thingsInApplyOrder()).containsExactlyElementsOf(things(0, 40));
        await().atMost(WAIT).until(() -> consumed("duplicate") >= duplicatesBefore + 10);

        // Redelivered later, in a batch of their own: acknowledged as duplicates, applied no second time.
        container().stop();
        for (int i = 0; i < 40; i++) {
            send(ids.get(i), thing(i), "batched");
        }
        container().start();
        await().atMost(WAIT).until(() -> consumed("duplicate") >= duplicatesBefore + 50);
        assertThat(effectsPerThing()).hasSize(40).containsOnly(1);
        assertThat(messagesIn(names.queue("effects"))).isZero();
    }

    @Test
    void aPoisonEventInABatchGoesToTheDeadLetterQueueAloneAndTheOthersApplyOnceInOrder() {
        var deadLetteredBefore = deadLettered();
        container().stop();
        for (int i = 0; i < 20; i++) {
            send(EventIds.next(), thing(i), i == 10 ? "poison" : "batched");
        }
        container().start();

        await().atMost(WAIT).until(() -> deadLettered() >= deadLetteredBefore + 1);
        await().atMost(WAIT).until(() -> appliedThings() == 19);
        assertThat(effects.count(thing(10))).isZero();
        assertThat(effectsPerThing()).containsOnly(1);
        var expected = new ArrayList<>(things(0, 20));
        expected.remove(thing(10));
        assertThat(thingsInApplyOrder()).containsExactlyElementsOf(expected);
        assertThat(deadLettered()).isEqualTo(deadLetteredBefore + 1);
        var dead = rabbit.receive(MessagingNames.deadLetterQueue(names.queue("effects")), 5_000);
        assertThat(dead).isNotNull();
        assertThat(dead.getMessageProperties().getHeaders().get(CloudEvents.SUBJECT))
                .isEqualTo(thing(10));
        assertThat(new String(dead.getBody(), StandardCharsets.UTF_8)).contains("poison");
    }

    private SimpleMessageListenerContainer container() {
        return consumers.containers().getFirst();
    }

    private String thing(int index) {
        return run + "-" + String.format("%03d", index);
    }

    private List<String> things(int from, int to) {
        var things = new ArrayList<String>();
        for (int i = from; i < to; i++) {
            things.add(thing(i));
        }
        return things;
    }

    private void send(UUID id, String thing, String note) {
        rabbit.send(names.exchange(), TestApplication.ROUTING_KEY, message(id, thing, note));
    }

    private static Message message(UUID id, String thing, String note) {
        return Envelope.toMessage(
                new StoredEvent(
                        id,
                        TestApplication.ROUTING_KEY,
                        CloudEvents.type(TestApplication.ROUTING_KEY, 1),
                        "/emporium/elsewhere",
                        thing,
                        "{\"thingId\":\"" + thing + "\",\"note\":\"" + note + "\"}",
                        Map.of(),
                        Instant.now(),
                        0),
                "elsewhere");
    }

    private int appliedThings() {
        return jdbc.queryForObject(
                "SELECT count(DISTINCT thing_id) FROM effects WHERE thing_id LIKE ?", Integer.class, run + "-%");
    }

    private List<Integer> effectsPerThing() {
        return jdbc.queryForList(
                "SELECT count(*) FROM effects WHERE thing_id LIKE ? GROUP BY thing_id", Integer.class, run + "-%");
    }

    private List<String> thingsInApplyOrder() {
        return jdbc.queryForList(
                "SELECT thing_id FROM effects WHERE thing_id LIKE ? ORDER BY id", String.class, run + "-%");
    }

    private int transactions() {
        return jdbc.queryForObject(
                "SELECT count(DISTINCT tx) FROM effects WHERE thing_id LIKE ?", Integer.class, run + "-%");
    }

    private long messagesIn(String queue) {
        return rabbit.execute(
                channel -> (long) channel.queueDeclarePassive(queue).getMessageCount());
    }

    private double consumed(String outcome) {
        return meters.find("emporium.messaging.consumed").tag("outcome", outcome).counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    private double deadLettered() {
        return meters.find("emporium.messaging.dead.lettered").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
