package org.emporium.statistics.infrastructure.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.statistics.application.ConsumedEvents;
import org.emporium.statistics.application.RecordEvent;
import org.emporium.statistics.infrastructure.messaging.StatisticsEvents;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code consumed_events}: the payload as JSON (the contract record), read back by routing key on replay. */
@Repository
class JdbcConsumedEvents implements ConsumedEvents {
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    /** Rows per INSERT: 4 bind parameters each, well below the driver's limit of 32,767. */
    private static final int ROWS_PER_STATEMENT = 1_000;

    private final JdbcClient jdbc;

    JdbcConsumedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One multi-row {@code INSERT … ON CONFLICT (event_id) DO NOTHING RETURNING event_id} per chunk: the ids it returns
     * are the new ones. The rows are listed in the order of {@code events}, so {@code seq} (the replay's order) follows
     * it.
     */
    @Override
    public List<RecordEvent> append(List<RecordEvent> events) {
        var distinct = new LinkedHashMap<UUID, RecordEvent>();
        events.forEach(event -> distinct.putIfAbsent(event.eventId(), event));
        var rows = List.copyOf(distinct.values());
        var stored = new HashSet<UUID>();
        for (int start = 0; start < rows.size(); start += ROWS_PER_STATEMENT) {
            var chunk = rows.subList(start, Math.min(rows.size(), start + ROWS_PER_STATEMENT));
            var params = new ArrayList<Object>(chunk.size() * 4);
            for (var event : chunk) {
                params.add(event.eventId());
                params.add(event.routingKey());
                params.add(Timestamp.from(event.occurredAt()));
                params.add(JSON.writeValueAsString(withoutPersonalData(event.event())));
            }
            stored.addAll(jdbc.sql("INSERT INTO consumed_events (event_id, routing_key, occurred_at, payload) VALUES "
                            + String.join(", ", Collections.nCopies(chunk.size(), "(?, ?, ?, CAST(? AS jsonb))"))
                            + " ON CONFLICT (event_id) DO NOTHING RETURNING event_id")
                    .params(params)
                    .query((rs, n) -> rs.getObject(1, UUID.class))
                    .list());
        }
        return rows.stream().filter(event -> stored.contains(event.eventId())).toList();
    }

    /**
     * The log keeps what the reports use and no more: a sign-up's address and name are not stored (no report needs
     * them, and an append-only log could never erase them).
     */
    static IntegrationEvent withoutPersonalData(IntegrationEvent event) {
        return event instanceof UserRegistered registered
                ? new UserRegistered(registered.userId(), "", "", registered.registeredAt())
                : event;
    }

    @Override
    public long replay(int chunk, Consumer<List<IntegrationEvent>> sink) {
        var count = new AtomicLong();
        var pending = new ArrayList<IntegrationEvent>(chunk);
        // Streamed (a fetch size inside the rebuild's transaction): the log is not loaded into memory at once.
        jdbc.sql("SELECT routing_key, payload::text AS payload FROM consumed_events ORDER BY seq")
                .withFetchSize(1_000)
                .query(rs -> {
                    var type = StatisticsEvents.TYPES.get(rs.getString("routing_key"));
                    if (type != null) {
                        pending.add(JSON.readValue(rs.getString("payload"), type));
                        count.incrementAndGet();
                        if (pending.size() >= chunk) {
                            sink.accept(List.copyOf(pending));
                            pending.clear();
                        }
                    }
                });
        if (!pending.isEmpty()) {
            sink.accept(List.copyOf(pending));
        }
        return count.get();
    }
}
