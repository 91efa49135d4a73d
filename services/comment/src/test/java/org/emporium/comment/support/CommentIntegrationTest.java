package org.emporium.comment.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.comment.application.RecordProduct;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventOutbox;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.RealInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one Spring context every comment integration test shares: the whole service on a random port against real
 * PostgreSQL and the AMQP broker, with test tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
@ActiveProfiles("test")
public abstract class CommentIntegrationTest {
    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected Mediator mediator;

    @Autowired
    protected EventOutbox outbox;

    @Autowired
    protected TransactionTemplate transactions;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("emporium.security.issuer-uri", () -> TestTokens.ISSUER);
        registry.add("emporium.security.jwk-set-uri", TestTokens::jwkSetUri);
    }

    protected ApiClient as(String token) {
        return ApiClient.at("http://127.0.0.1:" + port).withBearer(token);
    }

    protected ApiClient anonymous() {
        return as(null);
    }

    protected ApiClient admin() {
        return as(TestTokens.admin());
    }

    /** A customer token for {@code id}. */
    protected static String customer(UUID id) {
        return TestTokens.token(id.toString(), List.of("CUSTOMER"), null, TestTokens.ISSUER, Duration.ofMinutes(5));
    }

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
