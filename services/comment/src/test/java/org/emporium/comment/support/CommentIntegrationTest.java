package org.emporium.comment.support;

import java.util.Map;
import java.util.UUID;
import org.emporium.comment.application.RecordProduct;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ServiceIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring context every comment integration test shares: the whole service on a random port against real
 * PostgreSQL and the AMQP broker, with test tokens.
 */
public abstract class CommentIntegrationTest extends ServiceIntegrationTest {
    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Mediator mediator;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    /** An active product the service knows (as if catalog's event had arrived). */
    protected UUID activeProduct() {
        var id = UUID.randomUUID();
        mediator.send(new RecordProduct(id, "product-" + id, "Product " + id, "ACTIVE", 0, false));
        return id;
    }

    /** Publishes {@code event} through this service's outbox to the real broker (as its publisher would). */
    protected void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    protected static Map<String, Object> review(int rating, String title, String text) {
        return Map.of("rating", rating, "title", title, "text", text);
    }

    /** Writes a review as {@code author} and returns its id. */
    protected UUID write(UUID author, UUID product, int rating) {
        var response =
                as(customer(author)).post("/api/comment/products/" + product + "/reviews", review(rating, "T", "Text"));
        if (response.status() != 201) {
            throw new AssertionError("Review not written: " + response);
        }
        return UUID.fromString(response.json().get("id").asString());
    }

    protected long outboxCount(String routingKey, UUID product) {
        return jdbc.sql("SELECT count(*) FROM emporium_outbox WHERE routing_key = :key AND payload::text LIKE :product")
                .param("key", routingKey)
                .param("product", "%" + product + "%")
                .query(Long.class)
                .single();
    }
}
