package org.emporium.platform.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.emporium.platform.messaging.ConfirmingPublisher.Outcome;
import org.emporium.platform.messaging.Envelope.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes stored events: every poll interval, right after each commit that stored one, and at once when the
 * broker connection comes back. Each batch is claimed in one committed statement ({@code FOR UPDATE SKIP LOCKED},
 * then a lease in {@code claimed_until}: replicas share the work, never the same row), published and awaited with
 * no database transaction or connection held, then marked in a short transaction: published for the events the
 * broker confirmed, retried with exponential back-off for the others. A row that failed
 * {@code outbox.max-attempts} times for a reason other than a missing connection is parked ({@code failed_at}).
 * A crash between publish and mark republishes once the lease ends: at-least-once. Also deletes published events and
 * inbox entries past their retention.
 */
final class OutboxRelay implements SmartLifecycle {
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM emporium_outbox
                WHERE published_at IS NULL AND failed_at IS NULL
                  AND (claimed_until IS NULL OR claimed_until < now())
                  AND (? OR next_attempt_at <= now())
                ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED)
            UPDATE emporium_outbox o SET claimed_until = now() + ? * interval '1 millisecond'
            FROM due WHERE o.id = due.id
            RETURNING o.id, o.routing_key, o.type, o.source, o.subject, o.payload::text AS payload,
                      o.headers::text AS headers, o.created_at, o.attempts, o.refusals
            """;
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

    /** A claimed row as stored; read into a {@link StoredEvent} per event, so one unreadable row fails alone. */
    private record Claimed(
            UUID id,
            String routingKey,
            String type,
            String source,
            String subject,
            String payload,
            String headers,
            OffsetDateTime createdAt,
            int attempts,
            int refusals) {}

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ConfirmingPublisher publisher;
    private final MessagingNames names;
    private final MessagingProperties properties;
    private final TracePropagation trace;
    private final MessagingMetrics metrics;
    private final JsonMapper json;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile boolean retryAllNow;
    private volatile boolean running;
    private volatile ScheduledExecutorService executor;
    private volatile Instant nextCleanup = Instant.EPOCH;

    OutboxRelay(
            DataSource dataSource,
            ConfirmingPublisher publisher,
            MessagingNames names,
            MessagingProperties properties,
            TracePropagation trace,
            MessagingMetrics metrics,
            JsonMapper json) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.publisher = publisher;
        this.names = names;
        this.properties = properties;
        this.trace = trace;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public void start() {
        var scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("emporium-outbox-relay").daemon().factory());
        executor = scheduler;
        running = true;
        scheduler.scheduleWithFixedDelay(
                this::tick, 0, properties.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        var scheduler = executor;
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                if (!scheduler.awaitTermination(
                        properties.outbox().confirmTimeout().plusSeconds(5).toMillis(), TimeUnit.MILLISECONDS)) {
                    scheduler.shutdownNow();
                }
            } catch (InterruptedException e) {
                scheduler.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public boolean isAutoStartup() {
        return properties.outbox().relayEnabled();
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** Asks for a relay pass now (after a commit that stored events); passes coalesce. */
    void nudge() {
        var scheduler = executor;
        if (running && scheduler != null && nudged.compareAndSet(false, true)) {
            try {
                scheduler.execute(() -> {
                    nudged.set(false);
                    drain();
                });
            } catch (RejectedExecutionException e) {
                nudged.set(false);
            }
        }
    }

    /** The broker connection was (re)established: retry everything pending at once, ignoring back-off. */
    void connectionEstablished() {
        retryAllNow = true;
        nudge();
    }

    private void tick() {
        drain();
        try {
            metrics.pending(pendingCount());
            metrics.failed(failedCount());
            if (Instant.now().isAfter(nextCleanup)) {
                nextCleanup = Instant.now().plus(properties.outbox().cleanupInterval());
                var now = Instant.now();
                cleanup(
                        now.minus(properties.outbox().retention()),
                        now.minus(properties.inbox().retention()));
            }
        } catch (RuntimeException e) {
            log.warn("Outbox housekeeping failed, will retry: {}", e.toString());
        }
    }

    private void drain() {
        try {
            int relayed;
            do {
                relayed = relayBatch();
            } while (running && relayed == properties.outbox().batchSize());
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed, will retry: {}", e.toString());
        }
    }

    long failedCount() {
        Long count =
                jdbc.queryForObject("SELECT count(*) FROM emporium_outbox WHERE failed_at IS NOT NULL", Long.class);
        return count == null ? 0 : count;
    }

    long pendingCount() {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM emporium_outbox WHERE published_at IS NULL AND failed_at IS NULL", Long.class);
        return count == null ? 0 : count;
    }

    /** Deletes published events and inbox entries older than the given instants; returns rows deleted. */
    int cleanup(Instant publishedBefore, Instant processedBefore) {
        int deleted = 0;
        int batch;
        do {
            batch = jdbc.update(
                    "DELETE FROM emporium_outbox WHERE id IN (SELECT id FROM emporium_outbox"
                            + " WHERE published_at < ? LIMIT 1000)",
                    publishedBefore.atOffset(ZoneOffset.UTC));
            deleted += batch;
        } while (batch == 1000);
        do {
            batch = jdbc.update(
                    "DELETE FROM emporium_inbox WHERE (consumer, event_id) IN (SELECT consumer, event_id"
                            + " FROM emporium_inbox WHERE processed_at < ? LIMIT 1000)",
                    processedBefore.atOffset(ZoneOffset.UTC));
            deleted += batch;
        } while (batch == 1000);
        return deleted;
    }

    private int relayBatch() {
        var ignoreBackoff = retryAllNow;
        retryAllNow = false;
        // One autocommitted statement: the lease is visible to other relays at once, and no lock or connection is
        // held while the broker is awaited below.
        var claimed = new ArrayList<>(jdbc.query(
                CLAIM,
                this::claimed,
                ignoreBackoff,
                properties.outbox().batchSize(),
                properties.outbox().lease().toMillis()));
        if (claimed.isEmpty()) {
            return 0;
        }
        claimed.sort(Comparator.comparing(Claimed::createdAt));
        var outcomes = publish(claimed);
        transaction.executeWithoutResult(status -> record(claimed, outcomes));
        return claimed.size();
    }

    private Map<UUID, Outcome> publish(List<Claimed> events) {
        var pending = new LinkedHashMap<UUID, CompletableFuture<Outcome>>();
        String sendFailure = null;
        for (var row : events) {
            if (sendFailure == null) {
                StoredEvent event;
                Message message;
                try {
                    event = event(row);
                    message = Envelope.toMessage(event, names.service());
                } catch (RuntimeException e) {
                    pending.put(row.id(), CompletableFuture.completedFuture(Outcome.failed("unreadable row: " + e)));
                    continue;
                }
                try {
                    pending.put(
                            event.id(),
                            trace.relay(
                                    event.routingKey(),
                                    event.headers(),
                                    () -> publisher.publish(names.exchange(), event.routingKey(), message)));
                    continue;
                } catch (AmqpException e) {
                    // No connection: the rest of the batch would fail the same way, slowly.
                    sendFailure = "not sent: " + e;
                }
            }
            pending.put(row.id(), CompletableFuture.completedFuture(Outcome.notSent(sendFailure)));
        }
        var deadline = System.nanoTime() + properties.outbox().confirmTimeout().toNanos();
        var outcomes = new LinkedHashMap<UUID, Outcome>();
        pending.forEach((id, future) -> outcomes.put(id, await(future, deadline)));
        return outcomes;
    }

    private Outcome await(CompletableFuture<Outcome> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return Outcome.notSent("no confirm within " + properties.outbox().confirmTimeout());
        } catch (ExecutionException e) {
            return Outcome.failed(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        }
    }

    private void record(List<Claimed> events, Map<UUID, Outcome> outcomes) {
        var confirmed = new ArrayList<Object[]>();
        var failed = new ArrayList<Object[]>();
        var parked = new ArrayList<Object[]>();
        String firstFailure = null;
        for (var event : events) {
            var outcome = outcomes.get(event.id());
            if (outcome.confirmed()) {
                confirmed.add(new Object[] {event.id()});
                metrics.published(event.routingKey());
                continue;
            }
            metrics.publishFailed(event.routingKey());
            firstFailure = firstFailure == null ? outcome.failure() : firstFailure;
            // A broker outage is not the row's fault: only attempts the broker (or the row) refused count to parking.
            var refusals = outcome.counts() ? event.refusals() + 1 : event.refusals();
            var attempts = event.attempts() + 1;
            if (refusals >= properties.outbox().maxAttempts()) {
                parked.add(new Object[] {attempts, refusals, truncate(outcome.failure()), event.id()});
                metrics.parked(event.routingKey());
                log.error(
                        "Outbox event {} ({}) parked after {} refused attempts, replay it once the cause is fixed"
                                + " (docs/messaging.md): {}",
                        event.id(),
                        event.routingKey(),
                        refusals,
                        outcome.failure());
            } else {
                var delay = MessagingProperties.backoff(
                        properties.outbox().initialBackoff(),
                        2.0,
                        properties.outbox().maxBackoff(),
                        Math.max(1, attempts));
                failed.add(new Object[] {attempts, refusals, next(delay), truncate(outcome.failure()), event.id()});
            }
        }
        if (!confirmed.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE emporium_outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL,"
                            + " claimed_until = NULL WHERE id = ?",
                    confirmed);
        }
        if (!failed.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE emporium_outbox SET attempts = ?, refusals = ?, next_attempt_at = ?, last_error = ?,"
                            + " claimed_until = NULL"
                            + " WHERE id = ?",
                    failed);
            log.warn(
                    "Outbox relay: {} of {} events not confirmed, will retry with back-off: {}",
                    failed.size(),
                    events.size(),
                    firstFailure);
        }
        if (!parked.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE emporium_outbox SET attempts = ?, refusals = ?, failed_at = now(), last_error = ?,"
                            + " claimed_until = NULL"
                            + " WHERE id = ?",
                    parked);
        }
    }

    private Claimed claimed(ResultSet row, int index) throws SQLException {
        return new Claimed(
                row.getObject("id", UUID.class),
                row.getString("routing_key"),
                row.getString("type"),
                row.getString("source"),
                row.getString("subject"),
                row.getString("payload"),
                row.getString("headers"),
                row.getObject("created_at", OffsetDateTime.class),
                row.getInt("attempts"),
                row.getInt("refusals"));
    }

    private StoredEvent event(Claimed row) {
        return new StoredEvent(
                row.id(),
                row.routingKey(),
                row.type(),
                row.source(),
                row.subject(),
                row.payload(),
                json.readValue(row.headers(), HEADERS),
                row.createdAt().toInstant(),
                row.attempts());
    }

    private static OffsetDateTime next(Duration delay) {
        return Instant.now().plus(delay).atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
