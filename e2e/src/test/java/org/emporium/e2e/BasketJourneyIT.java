package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * A customer fills a basket through the gateway: two products, a quantity changed, a price change made by an admin
 * flagged on the line (the basket's product copy follows catalog's events), a valid coupon applied and an invalid one
 * refused with its reason; another customer sees only an empty basket of their own.
 */
@ExtendWith(PlatformExtension.class)
class BasketJourneyIT {
    private static final Duration EVENTS = Duration.ofSeconds(30);

    @Test
    void aCustomerFillsABasketSeesAPriceChangeAndAppliesCouponsWhileAnotherSeesNothingOfIt(RunningPlatform platform) {
        var client = platform.client();
        var admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
        var alice = client.newCustomer();
        var bob = client.newCustomer();
        var kettle = Shop.newProduct(client, admin, "Basket Kettle", "20.00", 50);
        var mug = Shop.newProduct(client, admin, "Basket Mug", "7.50", 50);

        var empty = client.get("/api/basket", alice);
        assertThat(empty.status()).as(empty.toString()).isEqualTo(200);
        assertThat(empty.json().path("lines").size()).isZero();

        var first = client.post("/api/basket/lines", Map.of("productId", kettle, "quantity", 1), alice);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        var second = client.post("/api/basket/lines", Map.of("productId", mug, "quantity", 2), alice);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().path("lines").size()).isEqualTo(2);
        assertThat(second.json().path("subtotal").decimalValue()).isEqualByComparingTo("35.00");

        var changed = client.put("/api/basket/lines/" + kettle, Map.of("quantity", 3), alice);
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(line(changed.json(), kettle).path("quantity").asInt()).isEqualTo(3);
        assertThat(changed.json().path("subtotal").decimalValue()).isEqualByComparingTo("75.00");
        var invalid = client.put("/api/basket/lines/" + kettle, Map.of("quantity", 100), alice);
        assertThat(invalid.status()).as(invalid.toString()).isEqualTo(400);
        assertThat(invalid.json().path("code").asString()).isEqualTo("REQUEST.VALIDATION_FAILED");
        assertThat(invalid.body()).contains("quantity");
        var tooMany = client.post("/api/basket/lines", Map.of("productId", kettle, "quantity", 97), alice);
        assertThat(tooMany.status()).as("3 + 97 = 100 > 99: " + tooMany).isEqualTo(422);
        assertThat(tooMany.json().path("code").asString()).isEqualTo("BASKET.QUANTITY_OUT_OF_RANGE");

        Shop.changePrice(client, admin, mug, "9.00");
        await().atMost(EVENTS).untilAsserted(() -> {
            var basket = client.get("/api/basket", alice);
            assertThat(basket.status()).as(basket.toString()).isEqualTo(200);
            var line = line(basket.json(), mug);
            assertThat(line.path("priceChanged").asBoolean())
                    .as(basket.toString())
                    .isTrue();
            assertThat(line.path("addedUnitPrice").decimalValue()).isEqualByComparingTo("7.50");
            assertThat(line.path("unitPrice").decimalValue()).isEqualByComparingTo("9.00");
            assertThat(basket.json().path("subtotal").decimalValue()).isEqualByComparingTo("78.00");
        });
        assertThat(line(client.get("/api/basket", alice).json(), kettle)
                        .path("priceChanged")
                        .asBoolean())
                .isFalse();

        var bobs = client.get("/api/basket", bob);
        assertThat(bobs.status()).isEqualTo(200);
        assertThat(bobs.json().path("lines").size()).isZero();
        assertThat(bobs.json().path("customerId").asString())
                .isNotEqualTo(client.get("/api/basket", alice)
                        .json()
                        .path("customerId")
                        .asString());
        assertThat(bobs.body()).doesNotContain(kettle).doesNotContain(mug);
        assertThat(client.get(
                                "/internal/baskets/"
                                        + client.get("/api/basket", alice)
                                                .json()
                                                .path("customerId")
                                                .asString(),
                                bob)
                        .status())
                .as("the internal API is not routed")
                .isIn(401, 403, 404);
        assertThat(client.get("/api/basket").status()).as("anonymous").isEqualTo(401);

        var code = Shop.newCoupon(client, admin, "PERCENTAGE", 10, Map.of());
        var applied = client.put("/api/basket/coupon", Map.of("code", code.code()), alice);
        assertThat(applied.status())
                .as("PUT /api/basket/coupon {code: %s} -> %s (basket quotes it at discount)", code.code(), applied)
                .isEqualTo(200);
        assertThat(applied.json().path("couponCode").asString()).isEqualTo(code.code());
        assertThat(applied.json().path("discount").decimalValue()).isEqualByComparingTo("7.80");
        assertThat(applied.json().path("total").decimalValue()).isEqualByComparingTo("70.20");

        var expired = client.put("/api/basket/coupon", Map.of("code", "EXPIRED2025"), alice);
        assertThat(expired.status()).as(expired.toString()).isEqualTo(422);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(expired.json().path("code").asString()).isEqualTo("BASKET.COUPON_REJECTED");
        assertThat(expired.json().path("reason").asString()).isEqualTo("EXPIRED");
        var unknown = client.put("/api/basket/coupon", Map.of("code", "NO-SUCH-CODE-42"), alice);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(422);
        assertThat(unknown.json().path("code").asString()).isEqualTo("BASKET.COUPON_REJECTED");
        assertThat(unknown.json().path("reason").asString()).isEqualTo("UNKNOWN");
        assertThat(client.get("/api/basket", alice).json().path("couponCode").asString())
                .as("a refused code leaves the applied one")
                .isEqualTo(code.code());
    }

    static JsonNode line(JsonNode basket, String productId) {
        for (var line : basket.path("lines")) {
            if (line.path("productId").asString().equals(productId)) {
                return line;
            }
        }
        throw new AssertionError("No line for " + productId + " in " + basket);
    }
}
