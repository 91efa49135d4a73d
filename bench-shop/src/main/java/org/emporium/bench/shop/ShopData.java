package org.emporium.bench.shop;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a run sets up through the gateway before it measures: products of its own (with a known initial stock, the
 * stock check's reference), coupons with redemption limits small enough to run out, and many distinct customers.
 * All names carry the run's marker, so searches find this run's products.
 */
public final class ShopData {
    public static final String ADMIN = "admin@emporium.dev";
    public static final String ADMIN_PASSWORD = "Admin123!demo";
    static final String PASSWORD = "Correct-Horse-42!";
    static final String[] WORDS = {"kettle", "lamp", "speaker", "mug", "chair", "headphones", "teapot", "desk"};

    public final String marker;
    public final List<String> products = new ArrayList<>();
    /** Product id → the stock it was created with. */
    public final Map<String, Integer> initialStock = new LinkedHashMap<>();

    public final List<String> coupons = new ArrayList<>();
    public final List<Customer> customers = new ArrayList<>();

    private ShopData(String marker) {
        this.marker = marker;
    }

    /** A shopper: credentials, the current token, and what the mix knows of its basket and unpaid orders. */
    public static final class Customer {
        public final String email;
        volatile String token;
        final AtomicBoolean basketFilled = new AtomicBoolean();
        final ConcurrentLinkedQueue<String> unpaid = new ConcurrentLinkedQueue<>();
        /** One basket change or checkout of a customer at a time, as one person in one browser. */
        final ReentrantLock busy = new ReentrantLock();

        private final Map<String, Integer> payAttempts = new java.util.concurrent.ConcurrentHashMap<>();

        Customer(String email, String token) {
            this.email = email;
            this.token = token;
        }

        public String token() {
            return token;
        }

        /** Whether a failed payment of {@code order} is worth another attempt (at most 5 in all). */
        boolean retry(String order) {
            return payAttempts.merge(order, 1, Integer::sum) < 5;
        }
    }

    /**
     * Sets up {@code productCount} products of {@code stock} each, {@code couponCount} 10 % coupons of at most
     * {@code couponLimit} redemptions (one per customer), and {@code customerCount} customers, then waits until
     * search and reviews know the products (both learn them by event).
     */
    public static ShopData create(
            ShopClient client, int productCount, int stock, int couponCount, int couponLimit, int customerCount) {
        var data = new ShopData("b" + UUID.randomUUID().toString().substring(0, 6));
        var admin = client.token(ADMIN, ADMIN_PASSWORD);
        var categories = client.get("/api/catalog/categories", null).json();
        var list = categories.isArray() ? categories : categories.path("items");
        for (int i = 0; i < productCount; i++) {
            var category = list.get(i % list.size()).path("id").asString();
            var body = new LinkedHashMap<String, Object>();
            body.put("name", "Bench " + data.marker + " " + WORDS[i % WORDS.length] + " " + i);
            body.put("description", "Made by the shop benchmark.");
            body.put("categoryId", category);
            body.put("brand", "Benchmark");
            body.put("price", (10 + i % 40) + ".90");
            body.put("currency", "EUR");
            body.put("stock", stock);
            body.put("status", "ACTIVE");
            var created = client.withinBudget(() -> client.send("POST", "/api/catalog/products", admin, body, null));
            if (created.status() != 201) {
                throw new IllegalStateException("creating a product failed: " + created);
            }
            var id = created.json().path("id").asString();
            data.products.add(id);
            data.initialStock.put(id, stock);
        }
        for (int i = 0; i < couponCount; i++) {
            var code = ("BENCH-" + data.marker + "-" + i).toUpperCase();
            var body = new LinkedHashMap<String, Object>();
            body.put("code", code);
            body.put("description", "Shop benchmark coupon");
            body.put("kind", "PERCENTAGE");
            body.put("value", 10);
            body.put("validFrom", Instant.now().minusSeconds(60).toString());
            body.put("maxRedemptions", couponLimit);
            body.put("maxPerCustomer", 1);
            var created = client.withinBudget(() -> client.send("POST", "/api/discount/coupons", admin, body, null));
            if (created.status() != 201) {
                throw new IllegalStateException("creating a coupon failed: " + created);
            }
            data.coupons.add(code);
        }
        try (var threads = Executors.newFixedThreadPool(4)) {
            var futures = new ArrayList<java.util.concurrent.Future<Customer>>();
            for (int i = 0; i < customerCount; i++) {
                var email = "bench-" + data.marker + "-" + i + "@example.com";
                futures.add(threads.submit(() -> new Customer(email, client.newCustomer(email, PASSWORD))));
            }
            for (var future : futures) {
                data.customers.add(future.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("registering customers failed", e);
        }
        var last = data.products.getLast();
        awaitTrue(
                () -> client.get("/api/comment/products/" + last + "/reviews", null)
                                .status()
                        == 200,
                "comment to learn the products");
        awaitTrue(
                () -> client.get("/api/catalog/products?q=" + data.marker + "&size=1", null)
                                .json()
                                .path("total")
                                .asInt()
                        >= data.products.size(),
                "search to find the products");
        return data;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("waited 2 minutes for " + what);
            }
            ShopClient.pause(Duration.ofMillis(500));
        }
    }
}
