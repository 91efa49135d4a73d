package org.emporium.platform.messaging;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code emporium.outbox.pending} (gauge: stored, not yet confirmed), {@code emporium.outbox.failed} (gauge: parked),
 * {@code emporium.outbox.parked}, {@code emporium.outbox.published},
 * {@code emporium.outbox.publish.failures}, {@code emporium.messaging.consumed} (tag outcome: processed|duplicate),
 * {@code emporium.messaging.dead.lettered}; the consumer ones tagged with the queue.
 */
final class MessagingMetrics {
    private final MeterRegistry registry;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();

    MessagingMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("emporium.outbox.pending", pending, AtomicLong::get)
                .description("Events stored in the outbox and not yet confirmed by the broker")
                .register(registry);
        Gauge.builder("emporium.outbox.failed", failed, AtomicLong::get)
                .description("Events parked after too many failed publish attempts, waiting for a replay")
                .register(registry);
    }

    void failed(long count) {
        failed.set(count);
    }

    long failed() {
        return failed.get();
    }

    void parked(String routingKey) {
        failed.incrementAndGet();
        Counter.builder("emporium.outbox.parked")
                .description("Events parked after too many failed publish attempts")
                .tag("routing_key", routingKey)
                .register(registry)
                .increment();
    }

    void pending(long count) {
        pending.set(count);
    }

    void published(String routingKey) {
        Counter.builder("emporium.outbox.published")
                .description("Events the broker confirmed")
                .tag("routing_key", routingKey)
                .register(registry)
                .increment();
    }

    void publishFailed(String routingKey) {
        Counter.builder("emporium.outbox.publish.failures")
                .description("Publish attempts that were not confirmed and will be retried")
                .tag("routing_key", routingKey)
                .register(registry)
                .increment();
    }

    void consumed(String queue, boolean duplicate) {
        Counter.builder("emporium.messaging.consumed")
                .description("Events handled, or acknowledged as already handled")
                .tag("queue", queue)
                .tag("outcome", duplicate ? "duplicate" : "processed")
                .register(registry)
                .increment();
    }

    void deadLettered(String queue) {
        Counter.builder("emporium.messaging.dead.lettered")
                .description("Messages moved to the dead-letter queue")
                .tag("queue", queue)
                .register(registry)
                .increment();
    }
}
