package org.emporium.platform.messaging.testapp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.emporium.platform.messaging.EventMetadata;
import org.emporium.platform.messaging.testapp.TestApplication.ThingHappened;
import org.springframework.jdbc.core.JdbcTemplate;

/** The handler: writes one row per event and remembers how often it was called and with what metadata. */
public class Effects {
    private final JdbcTemplate jdbc;
    private final Map<String, Integer> calls = new ConcurrentHashMap<>();
    private final Map<String, EventMetadata> metadata = new ConcurrentHashMap<>();

    Effects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void apply(ThingHappened event, EventMetadata meta) {
        calls.merge(event.thingId(), 1, Integer::sum);
        metadata.put(event.thingId(), meta);
        jdbc.update("INSERT INTO effects (thing_id, event_id) VALUES (?, ?)", event.thingId(), meta.id());
        if ("poison".equals(event.note())) {
            throw new IllegalStateException("cannot handle thing " + event.thingId());
        }
    }

    /** Committed effects for a thing. */
    public int count(String thingId) {
        Integer count = jdbc.queryForObject("SELECT count(*) FROM effects WHERE thing_id = ?", Integer.class, thingId);
        return count == null ? 0 : count;
    }

    /** Handler invocations for a thing, including failed ones. */
    public int calls(String thingId) {
        return calls.getOrDefault(thingId, 0);
    }

    public EventMetadata metadata(String thingId) {
        return metadata.get(thingId);
    }
}
