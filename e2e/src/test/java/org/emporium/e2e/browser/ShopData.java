package org.emporium.e2e.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.emporium.e2e.EmporiumClient;
import org.emporium.launcher.ServiceRegistry;

/**
 * What the browser journeys set up through the gateway's API, as an admin or a new customer, so that each journey
 * has products, coupons and accounts of its own. The journeys themselves then happen in the browser.
 */
final class ShopData {
    private final EmporiumClient client;

    ShopData(EmporiumClient client) {
        this.client = client;
    }

    /** A person's sign-in details. */
    record Account(String email, String password, String displayName) {}

    /** A product as the journeys need it: its id, slug and name. */
    record Product(String id, String slug, String name) {}

    /** The demo admin's token (retried while the gateway's token budget is spent). */
    EmporiumClient.Token admin() {
        var account = ServiceRegistry.DEMO_ACCOUNTS.get(0);
        return login(account.username(), account.password());
    }

    /** A new customer account, registered through the API; the journey signs it in in the browser. */
    Account newCustomer(String displayName) {
        var account = new Account("web-" + UUID.randomUUID() + "@example.com", "Correct-Horse-42!", displayName);
        var registered = client.withinBudget(() -> client.post(
                "/api/identity/users",
                Map.of("email", account.email(), "password", account.password(), "displayName", displayName),
                null));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return account;
    }

    /**
     * Waits until {@code path} answers 200 for {@code token}: a service's first request after start can outlast the
     * gateway's timeout on a busy machine (503), and a journey's first click must not be that request.
     */
    void answers(String path, EmporiumClient.Token token) {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(90))
                .pollInterval(java.time.Duration.ofSeconds(1))
                .until(() -> client.get(path, token).status() == 200);
    }

    EmporiumClient.Token login(String email, String password) {
        for (int attempt = 1; ; attempt++) {
            try {
                return client.login(email, password);
            } catch (RuntimeException e) {
                if (attempt >= 60 || !String.valueOf(e.getMessage()).contains("429")) {
                    throw e;
                }
                pause(); // the gateway's token budget per client address refills: as EmporiumClient.newCustomer does
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000); // back-off for a rate limit, not a wait for the page
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An active product of its own in the first category, with the given name (made unique), brand and price. */
    Product newProduct(EmporiumClient.Token admin, String name, String brand, String price, int stock) {
        var categories = client.get("/api/catalog/categories").json();
        var category = categories.isArray()
                ? categories.get(0)
                : categories.path("items").get(0);
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("description", "Made by the browser journeys.");
        body.put("categoryId", category.path("id").asString());
        body.put("brand", brand);
        body.put("price", price);
        body.put("currency", "EUR");
        body.put("stock", stock);
        body.put("status", "ACTIVE");
        var created = client.post("/api/catalog/products", body, admin);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var json = created.json();
        return new Product(
                json.path("id").asString(),
                json.path("slug").asString(),
                json.path("name").asString());
    }

    /**
     * A percentage coupon with a fresh code; answers the code. A 503 (discount slower than the gateway's timeout, as
     * on a busy machine when it serves its first request) is tried again with another code, so a late first attempt
     * cannot collide with the second.
     */
    String newPercentageCoupon(EmporiumClient.Token admin, int percent) {
        for (int attempt = 1; ; attempt++) {
            var code = "WEB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            var coupon = new LinkedHashMap<String, Object>();
            coupon.put("code", code);
            coupon.put("description", "Browser journey " + percent + " %");
            coupon.put("kind", "PERCENTAGE");
            coupon.put("value", percent);
            coupon.put("validFrom", Instant.now().minusSeconds(60).toString());
            var created = client.post("/api/discount/coupons", coupon, admin);
            if (created.status() == 503 && attempt < 5) {
                continue;
            }
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            return code;
        }
    }

    /** A PNG picture of {@code width} × {@code height}, written to a temporary file (for a file input). */
    static java.nio.file.Path png(int width, int height) {
        var image = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setPaint(new java.awt.GradientPaint(0, 0, java.awt.Color.ORANGE, width, height, java.awt.Color.BLUE));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        try {
            var file = java.nio.file.Files.createTempFile("emporium-web-", ".png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A word of letters no other product has, for searches that must find only this journey's products. */
    static String uniqueWord(String prefix) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        var word = new StringBuilder(prefix);
        for (int i = 0; i < 10; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }
}
