package org.emporium.platform.messaging;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code emporium.messaging.*}.
 *
 * @param enabled turns the whole module off (default true)
 * @param namespace prefixes the exchange and every queue with {@code <namespace>.}; set per test context so contexts
 *     sharing one broker never see each other's messages. Namespaced queues and exchange are deleted on shutdown.
 * @param exchange the topic exchange all events go through
 */
@ConfigurationProperties("emporium.messaging")
public record MessagingProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("") String namespace,
        @DefaultValue("emporium.events") String exchange,
        @DefaultValue Outbox outbox,
        @DefaultValue Consumer consumer,
        @DefaultValue Inbox inbox) {

    /**
     * @param relayEnabled whether this instance relays stored events to the broker (any replica may; they share
     *     the work through {@code FOR UPDATE SKIP LOCKED})
     * @param pollInterval how often the relay looks for events besides the nudge after each commit
     * @param batchSize events per relay transaction
     * @param confirmTimeout how long to wait for the broker to confirm a batch
     * @param initialBackoff delay before the second attempt to publish an event; doubles per attempt
     * @param maxBackoff upper bound of that delay
     * @param retention how long published events are kept before they are deleted
     * @param cleanupInterval how often published events past retention are deleted
     * @param lease how long a relay owns a claimed batch; after that another relay may take the rows over (must
     *     exceed {@code confirmTimeout})
     * @param maxAttempts attempts refused by the broker (or failed for the row itself) before the row is parked in
     *     the {@code failed} state; attempts without a broker connection do not count
     */
    public record Outbox(
            @DefaultValue("true") boolean relayEnabled,
            @DefaultValue("1s") Duration pollInterval,
            @DefaultValue("100") int batchSize,
            @DefaultValue("10s") Duration confirmTimeout,
            @DefaultValue("1s") Duration initialBackoff,
            @DefaultValue("1m") Duration maxBackoff,
            @DefaultValue("7d") Duration retention,
            @DefaultValue("1h") Duration cleanupInterval,
            @DefaultValue("1m") Duration lease,
            @DefaultValue("50") int maxAttempts) {
        public Outbox {
            if (lease.compareTo(confirmTimeout) <= 0) {
                throw new IllegalArgumentException("emporium.messaging.outbox.lease (" + lease
                        + ") must exceed emporium.messaging.outbox.confirm-timeout (" + confirmTimeout + ")");
            }
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("emporium.messaging.outbox.max-attempts must be at least 1");
            }
        }
    }

    /**
     * @param maxAttempts handler attempts per delivery before the message goes to the dead-letter queue
     * @param initialBackoff delay before the second attempt
     * @param multiplier back-off growth per attempt
     * @param maxBackoff upper bound of the delay
     * @param prefetch unacknowledged messages the broker may push to each consumer
     * @param concurrency consumers per queue in this instance
     * @param confirmTimeout how long to wait for the broker to confirm a dead-lettered message
     * @param queues settings of single queues, by purpose ({@code emporium.messaging.consumer.queues.<purpose>.*})
     */
    public record Consumer(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("2.0") double multiplier,
            @DefaultValue("5s") Duration maxBackoff,
            @DefaultValue("10") int prefetch,
            @DefaultValue("1") int concurrency,
            @DefaultValue("10s") Duration confirmTimeout,
            @Nullable Map<String, Queue> queues) {
        public Consumer {
            queues = queues == null ? Map.of() : Map.copyOf(queues);
        }

        /** The settings of the queue with this purpose; the defaults (no batching) when none are set. */
        Queue queue(String purpose) {
            return queues.getOrDefault(purpose, Queue.DEFAULT);
        }
    }

    /**
     * One queue's consumer settings. Batching is opt-in: only for a handler whose effects may share a transaction
     * with other events' effects (nothing it does must depend on committing alone).
     *
     * @param batchSize up to this many messages are applied in one transaction (each still claimed in the inbox by
     *     its event id) and acknowledged together; 1 (the default) handles each message in a transaction of its
     *     own. A batch that fails is rolled back and handled again one message at a time, so a poison message goes
     *     to the dead-letter queue alone.
     * @param batchTimeout a batch is handed over once no further message arrived for this long, full or not
     */
    public record Queue(
            @DefaultValue("1") int batchSize,
            @DefaultValue("50ms") Duration batchTimeout) {
        static final Queue DEFAULT = new Queue(1, Duration.ofMillis(50));

        public Queue {
            if (batchSize < 1) {
                throw new IllegalArgumentException(
                        "emporium.messaging.consumer.queues.*.batch-size must be at least 1");
            }
            if (batchTimeout.isNegative() || batchTimeout.isZero()) {
                throw new IllegalArgumentException(
                        "emporium.messaging.consumer.queues.*.batch-timeout must be positive");
            }
        }

        boolean batched() {
            return batchSize > 1;
        }
    }

    /** @param retention how long processed event ids are remembered for de-duplication */
    public record Inbox(@DefaultValue("30d") Duration retention) {}

    static Duration backoff(Duration initial, double multiplier, Duration max, int failedAttempts) {
        var millis = initial.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= max.toMillis() ? max : Duration.ofMillis((long) millis);
    }
}
