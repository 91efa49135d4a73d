package org.emporium.catalog.application.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.catalog.support.CatalogClient.product;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;
import org.emporium.platform.messaging.EventOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The comment service's review events set a product's rating (newest rating version wins) and its rating sort. */
class ProductRatingIT extends CatalogIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void reviewEventsSetTheRatingInOrderOfTheirVersionWhateverOrderTheyArriveIn() {
        var category = admin().createCategory("Rated " + UUID.randomUUID(), null);
        var product = create(category, "Rated lamp");
        var unrated =
                anonymous().get("/api/catalog/products/" + product).getHeaders().getETag();

        publish(published(product, "4.50", 2, 2));
        await().atMost(WAIT).untilAsserted(() -> assertThat(rating(product)).isEqualTo("4.50/2"));
        assertThat(anonymous()
                        .get("/api/catalog/products/" + product)
                        .getHeaders()
                        .getETag())
                .as("a cached copy with the old rating is not confirmed by a 304")
                .isNotEqualTo(unrated);
        publish(published(product, "1.00", 1, 1));
        publish(published(product, "4.50", 2, 2));
        await().during(Duration.ofMillis(500))
                .atMost(WAIT)
                .untilAsserted(() -> assertThat(rating(product)).isEqualTo("4.50/2"));

        publish(new ReviewRemoved(UUID.randomUUID(), product, "DELETED", new BigDecimal("3.00"), 1, 3, Instant.now()));
        await().atMost(WAIT).untilAsserted(() -> assertThat(rating(product)).isEqualTo("3.00/1"));

        var body = anonymous().get("/api/catalog/products/" + product).getBody();
        assertThat(body.get("averageRating").decimalValue()).isEqualByComparingTo("3.00");
        assertThat(body.get("reviewCount").asInt()).isEqualTo(1);
    }

    @Test
    void sortByRatingFollowsTheRatingsTheCommentServicePublished() {
        var category = admin().createCategory("Sorted by stars " + UUID.randomUUID(), null);
        var good = create(category, "Good kettle");
        var best = create(category, "Best kettle");
        var unrated = create(category, "Unrated kettle");
        publish(published(good, "3.50", 4, 1));
        publish(published(best, "4.80", 10, 1));
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(rating(good)).isEqualTo("3.50/4");
            assertThat(rating(best)).isEqualTo("4.80/10");
        });

        var items = anonymous()
                .get("/api/catalog/products?category=" + category + "&sort=rating")
                .getBody()
                .get("items");
        var ids = new ArrayList<String>();
        items.forEach(item -> ids.add(item.get("id").asString()));
        assertThat(ids).containsExactly(best.toString(), good.toString(), unrated.toString());
        assertThat(items.get(0).get("rating").get("average").decimalValue()).isEqualByComparingTo("4.80");
        assertThat(items.get(0).get("rating").get("count").asInt()).isEqualTo(10);
    }

    private UUID create(UUID category, String name) {
        var response = admin().post("/api/catalog/products", product(name + " " + UUID.randomUUID(), category));
        return UUID.fromString(response.getBody().get("id").asString());
    }

    private String rating(UUID product) {
        var rating =
                anonymous().get("/api/catalog/products/" + product).getBody().get("rating");
        return rating.get("average").decimalValue().setScale(2) + "/"
                + rating.get("count").asInt();
    }

    private static ReviewPublished published(UUID product, String average, int count, long version) {
        return new ReviewPublished(
                UUID.randomUUID(),
                product,
                UUID.randomUUID(),
                5,
                true,
                new BigDecimal(average),
                count,
                version,
                Instant.now());
    }

    private void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }
}
