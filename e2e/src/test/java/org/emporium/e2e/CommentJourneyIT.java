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

    @Test
    void aCustomerWhoseOrderWasDeliveredReviewsAsAVerifiedBuyer(RunningPlatform platform) {
        assertThat(platform.services().stream().map(s -> s.name()))
                .as("ordering must run in the platform (its executable jar built) for a delivered order")
                .contains("ordering");
        var client = platform.client();
        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var buyer = client.newCustomer();
        var product = newProduct(client, admin);
        var added = client.post("/api/basket/lines", Map.of("productId", product, "quantity", 1), buyer);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        var placed = client.placeOrder(
                buyer,
                "review-" + UUID.randomUUID(),
                Map.of(
                        "shippingAddress",
                        Map.of(
                                "name", "Verified Buyer",
                                "line1", "Hauptstraße 1",
                                "postalCode", "10115",
                                "city", "Berlin",
                                "country", "DE")));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var order = "/api/ordering/orders/" + placed.json().path("id").asString();
        await().atMost(EVENTS)
                .untilAsserted(() -> assertThat(
                                client.get(order, buyer).json().path("status").asString())
                        .isEqualTo("AWAITING_PAYMENT"));
        var paid = client.post(
                order + "/payment",
                Map.of("cardNumber", "4242424242424242", "expiry", "12/39", "cvc", "123", "cardholder", "V B"),
                buyer);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        var admins = order.replace("/api/ordering/orders/", "/api/ordering/admin/orders/");
        assertThat(client.post(admins + "/ship", Map.of("carrier", "DHL", "trackingNumber", "V1"), admin)
                        .status())
                .isEqualTo(200);
        assertThat(client.post(admins + "/deliver", null, admin).status()).isEqualTo(200);

        var reviews = "/api/comment/products/" + product + "/reviews";
        // comment learns about the delivery from ordering.order-status-changed
        // comment learns about the delivery from ordering.order-status-changed; a review written before that is
        // not a verified buyer's, so it is withdrawn and written again until the badge shows
        await().atMost(EVENTS).untilAsserted(() -> {
            var written = client.post(reviews, Map.of("rating", 5, "title", "Bought it", "text", "Works"), buyer);
            assertThat(written.status()).as(written.toString()).isEqualTo(201);
            var verified = written.json().path("verifiedBuyer").asBoolean();
            if (!verified) {
                client.delete(
                        "/api/comment/reviews/" + written.json().path("id").asString(), buyer);
            }
            assertThat(verified).as(written.toString()).isTrue();
            assertThat(written.json().path("status").asString()).isEqualTo("APPROVED");
        });
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
