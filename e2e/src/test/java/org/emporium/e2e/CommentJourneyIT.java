package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reviews through the gateway only: an admin puts a product on sale, a customer reviews it, the review waits for
 * moderation, an admin approves it, it is public with its rating, the catalog shows the product's new rating, another
 * customer cannot change it but can vote it helpful, and markup in it comes back as inert JSON text.
 */
@ExtendWith(PlatformExtension.class)
class CommentJourneyIT {
    private static final Duration EVENTS = Duration.ofSeconds(30);

    @Test
    void aCustomersReviewIsModeratedPublishedAndRatesTheProductInTheCatalog(RunningPlatform platform) {
        var client = platform.client();
        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var author = client.newCustomer();
        var other = client.newCustomer();
        var product = newProduct(client, admin);
        var reviews = "/api/comment/products/" + product + "/reviews";
        var text = "Boils fast. <script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:x\">x</a>";

        // The comment service learns about the product from the catalog's event.
        await().atMost(EVENTS)
                .untilAsserted(() -> assertThat(client.get(reviews).status()).isEqualTo(200));
        var written = client.post(reviews, Map.of("rating", 4, "title", "Good kettle", "text", text), author);
        assertThat(written.status()).as(written.toString()).isEqualTo(201);
        assertThat(written.json().path("status").asString())
                .as("not a verified buyer: moderated")
                .isEqualTo("PENDING");
        var id = written.json().path("id").asString();
        assertThat(client.get(reviews).json().path("reviews").path("total").asLong())
                .isZero();
        var again = client.post(reviews, Map.of("rating", 5, "title", "Again", "text", "Twice"), author);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("COMMENT.ALREADY_REVIEWED");

        assertThat(client.post("/api/comment/admin/reviews/" + id + "/approve", null, author)
                        .status())
                .isEqualTo(403);
        var approved = client.post("/api/comment/admin/reviews/" + id + "/approve", null, admin);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        var listing = client.get(reviews);
        assertThat(listing.contentType()).startsWith("application/json");
        var item = listing.json().path("reviews").path("items").get(0);
        assertThat(item.path("id").asString()).isEqualTo(id);
        assertThat(item.path("text").asString()).as("markup stays text").isEqualTo(text);
        assertThat(listing.json().path("summary").path("average").decimalValue())
                .isEqualByComparingTo("4.0");
        assertThat(listing.json().path("summary").path("count").asLong()).isEqualTo(1);

        await().atMost(EVENTS).untilAsserted(() -> {
            var rating = client.get("/api/catalog/products/" + product).json().path("rating");
            assertThat(rating.path("count").asInt()).isEqualTo(1);
            assertThat(rating.path("average").decimalValue()).isEqualByComparingTo("4.00");
        });

        var hijack = client.put(
                "/api/comment/reviews/" + id, Map.of("rating", 1, "title", "Mine", "text", "Changed"), other);
        assertThat(hijack.status()).isEqualTo(404);
        assertThat(client.delete("/api/comment/reviews/" + id, other).status()).isEqualTo(404);
        assertThat(client.put("/api/comment/reviews/" + id + "/helpful", null, author)
                        .status())
                .as("not on one's own review")
                .isEqualTo(422);
        assertThat(client.put("/api/comment/reviews/" + id + "/helpful", null, other)
                        .status())
                .isEqualTo(204);
        assertThat(client.get(reviews + "?sort=helpful")
                        .json()
                        .path("reviews")
                        .path("items")
                        .get(0)
                        .path("helpfulCount")
                        .asInt())
                .isEqualTo(1);
    }

    private static String newProduct(EmporiumClient client, EmporiumClient.Token admin) {
        var categories = client.get("/api/catalog/categories").json();
        var category = categories.isArray()
                ? categories.get(0)
                : categories.path("items").get(0);
        var created = client.post(
                "/api/catalog/products",
                Map.of(
                        "name",
                                "Reviewed Kettle "
                                        + UUID.randomUUID().toString().substring(0, 8),
                        "description", "A kettle to review.",
                        "categoryId", category.path("id").asString(),
                        "brand", "Zephyrix",
                        "price", "29.90",
                        "currency", "EUR",
                        "stock", 5,
                        "status", "ACTIVE"),
                admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
