package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** What several journeys set up through the gateway: products and coupons of their own, so journeys don't interfere. */
final class Shop {
    private Shop() {}

    /** An admin creates an active product of its own in the first category; answers its id. */
    static String newProduct(EmporiumClient client, EmporiumClient.Token admin, String name, String price, int stock) {
        var categories = client.get("/api/catalog/categories").json();
        var category = categories.isArray()
                ? categories.get(0)
                : categories.path("items").get(0);
        var created = client.post(
                "/api/catalog/products",
                Map.of(
                        "name",
                        name + " " + UUID.randomUUID().toString().substring(0, 8),
                        "description",
                        "Made by the end-to-end suite.",
                        "categoryId",
                        category.path("id").asString(),
                        "brand",
                        "Zephyrix",
                        "price",
                        price,
                        "currency",
                        "EUR",
                        "stock",
                        stock,
                        "status",
                        "ACTIVE"),
                admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    /** An admin changes a product's price with the {@code If-Match} of its current version. */
    static void changePrice(EmporiumClient client, EmporiumClient.Token admin, String productId, String price) {
        var current = client.get("/api/catalog/products/" + productId);
        assertThat(current.status()).as(current.toString()).isEqualTo(200);
        var etag = current.headers().firstValue("ETag").orElseThrow();
        var patched = client.json(
                "PATCH", "/api/catalog/products/" + productId, Map.of("price", price), admin, "If-Match", etag);
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
    }

    /** The product's stock as the catalog shows it to an admin. */
    static int stock(EmporiumClient client, EmporiumClient.Token admin, String productId) {
        var product = client.get("/api/catalog/products/" + productId, admin);
        assertThat(product.status()).as(product.toString()).isEqualTo(200);
        return product.json().path("stock").asInt();
    }

    /** A coupon the suite created. */
    record Coupon(String id, String code) {}

    /** An admin creates a coupon with a fresh code; {@code extra} adds or replaces terms (limits…). */
    static Coupon newCoupon(
            EmporiumClient client, EmporiumClient.Token admin, String kind, int value, Map<String, Object> extra) {
        var code = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var coupon = new LinkedHashMap<String, Object>();
        coupon.put("code", code);
        coupon.put("description", "End-to-end " + kind + " " + value);
        coupon.put("kind", kind);
        coupon.put("value", value);
        coupon.put("validFrom", Instant.now().minusSeconds(60).toString());
        coupon.putAll(extra);
        var created = client.post("/api/discount/coupons", coupon, admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return new Coupon(created.json().path("id").asString(), code);
    }
}
