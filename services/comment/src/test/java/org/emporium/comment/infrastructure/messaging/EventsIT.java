package org.emporium.comment.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.comment.support.CommentIntegrationTest;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.junit.jupiter.api.Test;

/** The consumers and the published rating events, over the real broker. */
class EventsIT extends CommentIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aCustomerWhoReceivedTheProductIsAVerifiedBuyerAndAutoApproved() {
        var product = activeProduct();
        var buyer = UUID.randomUUID();
        var order = UUID.randomUUID();
        publish(statusChanged(order, buyer, "SHIPPED", "DELIVERED", product));
        publish(statusChanged(order, buyer, "SHIPPED", "DELIVERED", product));

        await().atMost(WAIT).untilAsserted(() -> assertThat(purchases(buyer)).isEqualTo(1));
        var written = as(customer(buyer))
                .post("/api/comment/products/" + product + "/reviews", review(5, "Love it", "Arrived and works"));

        assertThat(written.status()).isEqualTo(201);
        assertThat(written.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(written.json().get("verifiedBuyer").asBoolean()).isTrue();
        var item = anonymous()
                .get("/api/comment/products/" + product + "/reviews")
                .json()
                .get("reviews")
                .get("items")
                .get(0);
        assertThat(item.get("verifiedBuyer").asBoolean()).isTrue();
    }

    @Test
    void onlyADeliveredOrderMakesAVerifiedBuyer() {
        var product = activeProduct();
        var paidOnly = UUID.randomUUID();
        var delivered = UUID.randomUUID();
        publish(statusChanged(UUID.randomUUID(), paidOnly, "AWAITING_PAYMENT", "PAID", product));
        publish(statusChanged(UUID.randomUUID(), delivered, "SHIPPED", "DELIVERED", product));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(purchases(delivered)).isEqualTo(1));
        assertThat(purchases(paidOnly)).isZero();
        var pending = as(customer(paidOnly))
                .post("/api/comment/products/" + product + "/reviews", review(2, "Meh", "Not yet here"));
        assertThat(pending.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(pending.json().get("verifiedBuyer").asBoolean()).isFalse();
    }

    @Test
    void catalogEventsKeepTheProductCopyNewestFirstAndDeletedForGood() {
        var product = UUID.randomUUID();
        var category = UUID.randomUUID();
        publish(new ProductCreated(
                product, "lamp", "Lamp", category, "Acme", BigDecimal.TEN, "EUR", "ACTIVE", 3, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(status(product)).isEqualTo("ACTIVE"));

        publish(updated(product, "ARCHIVED", 3));
        await().atMost(WAIT).untilAsserted(() -> assertThat(status(product)).isEqualTo("ARCHIVED"));
        publish(updated(product, "ACTIVE", 2));
        publish(updated(product, "ARCHIVED", 4));
        await().atMost(WAIT).untilAsserted(() -> assertThat(version(product)).isEqualTo(4));
        assertThat(status(product)).isEqualTo("ARCHIVED");
        assertProblem(
                as(customer(UUID.randomUUID()))
                        .post("/api/comment/products/" + product + "/reviews", review(3, "T", "Text")),
                422,
                "COMMENT.PRODUCT_NOT_REVIEWABLE");

        publish(new ProductDeleted(product, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(deleted(product)).isTrue());
        publish(updated(product, "ACTIVE", 9));
        publish(new ProductDeleted(UUID.randomUUID(), Instant.now()));
        await().during(Duration.ofMillis(500))
                .atMost(WAIT)
                .untilAsserted(() -> assertThat(deleted(product)).isTrue());
    }

    @Test
    void everyRatingChangeIsPublishedWithTheNewAverageCountAndAHigherVersion() {
        var product = activeProduct();
        var first = write(UUID.randomUUID(), product, 5);
        var second = write(UUID.randomUUID(), product, 2);
        admin().post("/api/comment/admin/reviews/" + first + "/approve", null);
        admin().post("/api/comment/admin/reviews/" + second + "/approve", null);
        admin().delete("/api/comment/reviews/" + first);

        var events = jdbc.sql("""
                        SELECT routing_key || ' ' || (payload ->> 'averageRating') || ' ' || (payload ->> 'reviewCount')
                            || ' ' || (payload ->> 'ratingVersion') || ' ' || coalesce(payload ->> 'reason', '-')
                        FROM emporium_outbox WHERE subject = :product AND routing_key LIKE 'comment.%'
                        ORDER BY (payload ->> 'ratingVersion')::bigint""")
                .param("product", product.toString())
                .query(String.class)
                .list();
        assertThat(events)
                .containsExactly(
                        "comment.review-published 5.00 1 1 -",
                        "comment.review-published 3.50 2 2 -",
                        "comment.review-removed 2.00 1 3 DELETED");
    }

    private static OrderStatusChanged statusChanged(UUID order, UUID customer, String from, String to, UUID product) {
        var line = new OrderStatusChanged.Line(product, "Thing", null, 1, BigDecimal.TEN, BigDecimal.TEN);
        return new OrderStatusChanged(
                order,
                customer,
                from,
                to,
                null,
                new OrderStatusChanged.Totals("EUR", BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.TEN, null),
                List.of(line),
                5,
                Instant.now());
    }

    private static ProductUpdated updated(UUID product, String status, long version) {
        return new ProductUpdated(
                product,
                "lamp",
                "Lamp",
                UUID.randomUUID(),
                "Acme",
                BigDecimal.TEN,
                "EUR",
                status,
                3,
                List.of("STATUS"),
                version,
                Instant.now());
    }

    private long purchases(UUID customer) {
        return jdbc.sql("SELECT count(*) FROM verified_purchases WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
    }

    private String status(UUID product) {
        return jdbc.sql("SELECT status FROM known_products WHERE id = :id")
                .param("id", product)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private long version(UUID product) {
        return jdbc.sql("SELECT version FROM known_products WHERE id = :id")
                .param("id", product)
                .query(Long.class)
                .optional()
                .orElse(-2L);
    }

    private boolean deleted(UUID product) {
        return jdbc.sql("SELECT coalesce((SELECT deleted FROM known_products WHERE id = :id), false)")
                .param("id", product)
                .query(Boolean.class)
                .single();
    }
}
