package org.emporium.platform.messaging;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.mediator.AfterTransaction;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/** Writes events to {@code emporium_outbox} in the caller's transaction and nudges the relay after the commit. */
final class JdbcEventOutbox implements EventOutbox {
    private static final String INSERT = """
            INSERT INTO emporium_outbox
                (id, routing_key, type, source, subject, payload, headers, created_at, next_attempt_at)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)
            """;

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final String source;
    private final TracePropagation trace;
    private final Runnable afterCommit;

    JdbcEventOutbox(
            DataSource dataSource, JsonMapper json, String source, TracePropagation trace, Runnable afterCommit) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.json = json;
        this.source = source;
        this.trace = trace;
        this.afterCommit = afterCommit;
    }

    @Override
    public void add(IntegrationEvent event) {
        Objects.requireNonNull(event, "event");
        if (!TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.hasResource(dataSource)) {
            throw new IllegalStateException(
                    "EventOutbox.add(" + event.getClass().getSimpleName()
                            + ") must run inside the business transaction (a transaction on the service's DataSource), so"
                            + " the event is stored if and only if the change commits");
        }
        var routingKey = CloudEvents.requireRoutingKey(event.routingKey());
        var type = CloudEvents.type(routingKey, event.version());
        var payload = json.writeValueAsString(event);
        var id = EventIds.next();
        var now = Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        trace.store(
                routingKey,
                traceHeaders -> jdbc.update(
                        INSERT,
                        id,
                        routingKey,
                        type,
                        source,
                        event.subject(),
                        payload,
                        json.writeValueAsString(traceHeaders),
                        now,
                        now));
        AfterTransaction.commit(afterCommit);
    }
}
