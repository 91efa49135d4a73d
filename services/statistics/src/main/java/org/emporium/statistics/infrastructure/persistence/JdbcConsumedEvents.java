package org.emporium.statistics.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.statistics.application.ConsumedEvents;
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
    private final JdbcClient jdbc;

    JdbcConsumedEvents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean append(UUID eventId, String routingKey, Instant occurredAt, IntegrationEvent event) {
        return jdbc.sql("""
                        INSERT INTO consumed_events (event_id, routing_key, occurred_at, payload)
                        VALUES (:id, :key, :at, CAST(:payload AS jsonb)) ON CONFLICT (event_id) DO NOTHING""")
                        .param("id", eventId)
                        .param("key", routingKey)
                        .param("at", Timestamp.from(occurredAt))
                        .param("payload", JSON.writeValueAsString(withoutPersonalData(event)))
                        .update()
                == 1;
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
    public long replay(Consumer<IntegrationEvent> sink) {
        var count = new AtomicLong();
        // Streamed (a fetch size inside the rebuild's transaction): the log is not loaded into memory at once.
        jdbc.sql("SELECT routing_key, payload::text AS payload FROM consumed_events ORDER BY seq")
                .withFetchSize(1_000)
                .query(rs -> {
                    var type = StatisticsEvents.TYPES.get(rs.getString("routing_key"));
                    if (type != null) {
                        sink.accept(JSON.readValue(rs.getString("payload"), type));
                        count.incrementAndGet();
                    }
                });
        return count.get();
    }
}
