package org.emporium.platform.messaging;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes stored events: every poll interval, right after each commit that stored one, and at once when the
 * broker connection comes back. Each batch is claimed with {@code FOR UPDATE SKIP LOCKED} (replicas share the work,
 * never the same row), published, and marked published only for the events the broker confirmed; the others are
 * retried with exponential back-off, indefinitely. A crash between publish and mark republishes: at-least-once.
 * Also deletes published events and inbox entries past their retention.
 */
final class OutboxRelay implements SmartLifecycle {
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 100;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String COLUMNS = """
            SELECT id, routing_key, type, source, subject, payload::text AS payload, headers::text AS headers,
                   created_at, attempts
            FROM emporium_outbox
            """;
    private static final String DUE = COLUMNS + """
            WHERE published_at IS NULL AND next_attempt_at <= now()
            ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED
            """;
    private static final String ALL_PENDING = COLUMNS + """
            WHERE published_at IS NULL
            ORDER BY created_at LIMIT ? FOR UPDATE SKIP LOCKED
            """;
    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {};

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

    long pendingCount() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM emporium_outbox WHERE published_at IS NULL", Long.class);
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
        Integer relayed = transaction.execute(status -> {
            var events = jdbc.query(
                    ignoreBackoff ? ALL_PENDING : DUE,
                    this::event,
                    properties.outbox().batchSize());
            if (!events.isEmpty()) {
                record(events, publish(events));
            }
            return events.size();
        });
        return relayed == null ? 0 : relayed;
    }

    private Map<UUID, Outcome> publish(List<StoredEvent> events) {
        var pending = new LinkedHashMap<UUID, CompletableFuture<Outcome>>();
        String sendFailure = null;
        for (var event : events) {
            if (sendFailure == null) {
                try {
                    var message = Envelope.toMessage(event, names.service());
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
            pending.put(event.id(), CompletableFuture.completedFuture(Outcome.failed(sendFailure)));
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
            return Outcome.failed("no confirm within " + properties.outbox().confirmTimeout());
        } catch (ExecutionException e) {
            return Outcome.failed(String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed("interrupted");
        }
    }

    private void record(List<StoredEvent> events, Map<UUID, Outcome> outcomes) {
        var confirmed = new ArrayList<Object[]>();
        var failed = new ArrayList<Object[]>();
        String firstFailure = null;
        for (var event : events) {
            var outcome = outcomes.get(event.id());
            if (outcome.confirmed()) {
                confirmed.add(new Object[] {event.id()});
                metrics.published(event.routingKey());
            } else {
                var delay = MessagingProperties.backoff(
                        properties.outbox().initialBackoff(),
                        2.0,
                        properties.outbox().maxBackoff(),
                        event.attempts() + 1);
                failed.add(new Object[] {next(delay), truncate(outcome.failure()), event.id()});
                metrics.publishFailed(event.routingKey());
                firstFailure = firstFailure == null ? outcome.failure() : firstFailure;
            }
        }
        if (!confirmed.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE emporium_outbox SET published_at = now(), attempts = attempts + 1, last_error = NULL"
                            + " WHERE id = ?",
                    confirmed);
        }
        if (!failed.isEmpty()) {
            jdbc.batchUpdate(
                    "UPDATE emporium_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?"
                            + " WHERE id = ?",
                    failed);
            log.warn(
                    "Outbox relay: {} of {} events not confirmed, will retry with back-off: {}",
                    failed.size(),
                    events.size(),
                    firstFailure);
        }
    }

    private StoredEvent event(ResultSet row, int index) throws SQLException {
        return new StoredEvent(
                row.getObject("id", UUID.class),
                row.getString("routing_key"),
                row.getString("type"),
                row.getString("source"),
                row.getString("subject"),
                row.getString("payload"),
                json.readValue(row.getString("headers"), HEADERS),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getInt("attempts"));
    }

    private static OffsetDateTime next(Duration delay) {
        return Instant.now().plus(delay).atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
