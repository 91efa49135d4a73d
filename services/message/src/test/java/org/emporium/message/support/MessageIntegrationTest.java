package org.emporium.message.support;

import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring context every message integration test shares: the whole service on a random port against real
 * PostgreSQL and the AMQP broker, with test tokens.
 */
public abstract class MessageIntegrationTest extends ServiceIntegrationTest {
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    /** Publishes {@code event} through this service's outbox to the real broker (as its publisher would). */
    protected void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    /** The outbox id of the last stored event about {@code subject}. */
    protected UUID lastEventId(String subject) {
        return jdbc.sql("SELECT id FROM emporium_outbox WHERE subject = :s ORDER BY created_at DESC LIMIT 1")
                .param("s", subject)
                .query(UUID.class)
                .single();
    }

    /** Has the relay publish stored event {@code id} once more, with the same event id (a broker redelivery). */
    protected void republish(UUID id) {
        jdbc.sql("UPDATE emporium_outbox SET published_at = NULL, claimed_until = NULL, next_attempt_at = now()"
                        + " WHERE id = :id")
                .param("id", id)
                .update();
    }

    protected long published(UUID id) {
        return jdbc.sql("SELECT count(*) FROM emporium_outbox WHERE id = :id AND published_at IS NOT NULL")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    /** The titles of {@code user}'s notifications, oldest first. */
    protected List<String> titles(UUID user) {
        return jdbc.sql("SELECT title FROM notifications WHERE user_id = :u ORDER BY id")
                .param("u", user)
                .query(String.class)
                .list();
    }
}
