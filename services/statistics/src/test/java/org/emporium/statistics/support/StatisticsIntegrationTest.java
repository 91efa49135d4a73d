package org.emporium.statistics.support;

import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring context every statistics integration test shares: the whole service on a random port against real
 * PostgreSQL and the AMQP broker, with test tokens. Events reach it only through the broker.
 */
public abstract class StatisticsIntegrationTest extends ServiceIntegrationTest {
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    @Autowired
    protected MeterRegistry meters;

    /** Publishes {@code event} through the outbox to the real broker, as its publisher would. */
    protected void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    protected long consumedEvents() {
        return jdbc.sql("SELECT count(*) FROM consumed_events")
                .query(Long.class)
                .single();
    }

    /** Waits until {@code count} distinct events are in the consumed-events log. */
    protected void awaitConsumed(long count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> consumedEvents() >= count);
    }

    /** Deliveries the inbox recognised as already handled. */
    protected double duplicatesSeen() {
        return meters.find("emporium.messaging.consumed").tag("outcome", "duplicate").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }
}
