package org.emporium.basket.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.emporium.basket.support.BasketIntegrationTest;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

class BasketApiIT extends BasketIntegrationTest {

    @Test
    void aNewCustomerHasAnEmptyBasketNotA404() {
        var response = as(customer()).get("/api/basket");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("lines")).isEmpty();
        assertThat(response.json().get("revision").asLong()).isZero();
    }

    @Test
    void addChangeRemoveAndClear() {
        var mug = product("12.50", "EUR");
        var cup = product("3.10", "EUR");
        var client = as(customer());

        var added = client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 2));
        assertThat(added.status()).isEqualTo(200);
        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1));
        client.post("/api/basket/lines", Map.of("productId", cup.productId(), "quantity", 1));
        var changed = client.put("/api/basket/lines/" + cup.productId(), Map.of("quantity", 4));
        assertThat(changed.status()).isEqualTo(200);
        var basket = changed.json();
        assertThat(basket.get("currency").asString()).isEqualTo("EUR");
        assertThat(basket.get("lines")).hasSize(2);
        assertThat(basket.get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
        assertThat(basket.get("lines").get(0).get("lineTotal").decimalValue()).isEqualByComparingTo("37.50");
        assertThat(basket.get("lines").get(1).get("quantity").asInt()).isEqualTo(4);
        assertThat(basket.get("subtotal").decimalValue()).isEqualByComparingTo("49.90");
        assertThat(basket.get("revision").asLong()).isEqualTo(4);

        var removed = client.delete("/api/basket/lines/" + mug.productId());
        assertThat(removed.json().get("lines")).hasSize(1);
        var cleared = client.delete("/api/basket");
        assertThat(cleared.json().get("lines")).isEmpty();
        assertThat(cleared.json().get("revision").asLong())
                .as("a cleared basket keeps counting its revisions")
                .isEqualTo(6);
        assertThat(redis.getExpire("basket:" + userOf(client))).isPositive();
    }

    @Test
    void refusalsAreProblemsWithStableCodes() {
        var client = as(customer());
        var euro = product("1.00", "EUR");
        var dollar = product("1.00", "USD");

        var unknown = client.post("/api/basket/lines", Map.of("productId", UUID.randomUUID(), "quantity", 1));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.json().get("code").asString()).isEqualTo("BASKET.PRODUCT_NOT_FOUND");

        var zero = client.post("/api/basket/lines", Map.of("productId", euro.productId(), "quantity", 0));
        assertThat(zero.status()).isBetween(400, 422);
        assertThat(zero.body()).contains("quantity");

        client.post("/api/basket/lines", Map.of("productId", euro.productId(), "quantity", 99));
        var past99 = client.post("/api/basket/lines", Map.of("productId", euro.productId(), "quantity", 1));
        assertThat(past99.status()).isEqualTo(422);
        assertThat(past99.json().get("code").asString()).isEqualTo("BASKET.QUANTITY_OUT_OF_RANGE");

        var mismatch = client.post("/api/basket/lines", Map.of("productId", dollar.productId(), "quantity", 1));
        assertThat(mismatch.status()).isEqualTo(422);
        assertThat(mismatch.json().get("code").asString()).isEqualTo("BASKET.CURRENCY_MISMATCH");

        var archived = product("2.00", "EUR");
        products.save(archived.unavailable(5));
        var unavailable = client.post("/api/basket/lines", Map.of("productId", archived.productId(), "quantity", 1));
        assertThat(unavailable.json().get("code").asString()).isEqualTo("BASKET.PRODUCT_UNAVAILABLE");

        assertThat(client.get("/api/basket")
                        .json()
                        .get("lines")
                        .get(0)
                        .get("quantity")
                        .asInt())
                .isEqualTo(99);
    }

    @Test
    void aServiceTokenHasNoPublicBasketAndCustomersNoInternalOne() {
        assertThat(as(TestTokens.service("basket.read")).get("/api/basket").status())
                .isEqualTo(403);
        assertThat(as(null).get("/api/basket").status()).isEqualTo(401);
        assertThat(as(customer()).get("/internal/baskets/" + UUID.randomUUID()).status())
                .isEqualTo(403);
    }

    @Test
    void theInternalApiReadsAnyCustomersBasketForServicesWithBasketRead() {
        var mug = product("12.50", "EUR");
        var client = as(customer());
        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 2));
        var customerId = userOf(client);

        var internal = as(TestTokens.service("basket.read")).get("/internal/baskets/" + customerId);
        assertThat(internal.status()).isEqualTo(200);
        assertThat(internal.json().get("customerId").asString()).isEqualTo(customerId.toString());
        assertThat(internal.json().get("revision").asLong()).isEqualTo(1);
        assertThat(internal.json().get("lines").get(0).get("productId").asString())
                .isEqualTo(mug.productId().toString());
        assertThat(as(TestTokens.service("catalog.read"))
                        .get("/internal/baskets/" + customerId)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aPriceChangeSinceAddingIsFlaggedWithOldAndNewPrice() {
        var mug = product("10.00", "EUR");
        var client = as(customer());
        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1));
        products.save(new org.emporium.basket.domain.ProductSnapshot(
                mug.productId(), mug.name(), null, null, new java.math.BigDecimal("11.00"), "EUR", true, 2));
        var line = client.get("/api/basket").json().get("lines").get(0);
        assertThat(line.get("priceChanged").asBoolean()).isTrue();
        assertThat(line.get("addedUnitPrice").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(line.get("unitPrice").decimalValue()).isEqualByComparingTo("11.00");

        products.save(mug.unavailable(3));
        var basket = client.get("/api/basket").json();
        assertThat(basket.get("lines").get(0).get("unavailable").asBoolean()).isTrue();
        assertThat(basket.get("subtotal").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void fiftyConcurrentAddsOfOneProductEndAtFifty() throws Exception {
        var mug = product("1.00", "EUR");
        var client = as(customer());
        var statuses = concurrently(
                50,
                i -> client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1))
                        .status());
        assertThat(statuses).containsOnly(200);
        var basket = client.get("/api/basket").json();
        assertThat(basket.get("lines").get(0).get("quantity").asInt()).isEqualTo(50);
        assertThat(basket.get("revision").asLong()).isEqualTo(50);
    }

    @Test
    void twentyConcurrentAddsOfDifferentProductsEndWithTwentyLines() throws Exception {
        var client = as(customer());
        var productIds = new ArrayList<UUID>();
        for (int i = 0; i < 20; i++) {
            productIds.add(product("1.00", "EUR").productId());
        }
        var statuses = concurrently(
                20,
                i -> client.post("/api/basket/lines", Map.of("productId", productIds.get(i), "quantity", 1))
                        .status());
        assertThat(statuses).containsOnly(200);
        var lines = client.get("/api/basket").json().get("lines");
        assertThat(lines).hasSize(20);
    }

    @Test
    void concurrentAddsPastTheLimitsAreRefusedNeverCapped() throws Exception {
        var client = as(customer());
        var mug = product("1.00", "EUR");
        client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 90));
        var statuses = concurrently(
                15,
                i -> client.post("/api/basket/lines", Map.of("productId", mug.productId(), "quantity", 1))
                        .status());
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(9);
        assertThat(statuses.stream().filter(s -> s == 422)).hasSize(6);
        assertThat(client.get("/api/basket")
                        .json()
                        .get("lines")
                        .get(0)
                        .get("quantity")
                        .asInt())
                .isEqualTo(99);

        var other = as(customer());
        for (int i = 0; i < 95; i++) {
            other.post(
                    "/api/basket/lines",
                    Map.of("productId", product("1.00", "EUR").productId(), "quantity", 1));
        }
        var more = new ArrayList<UUID>();
        for (int i = 0; i < 10; i++) {
            more.add(product("1.00", "EUR").productId());
        }
        var lineStatuses = concurrently(
                10,
                i -> other.post("/api/basket/lines", Map.of("productId", more.get(i), "quantity", 1))
                        .status());
        assertThat(lineStatuses.stream().filter(s -> s == 200)).hasSize(5);
        assertThat(lineStatuses.stream().filter(s -> s == 422)).hasSize(5);
        assertThat(other.get("/api/basket").json().get("lines")).hasSize(100);
    }

    @Test
    void twoCustomersWritingAtOnceNeverSeeEachOthersLines() throws Exception {
        var a = as(customer());
        var b = as(customer());
        var forA = product("1.00", "EUR");
        var forB = product("2.00", "EUR");
        concurrently(
                40,
                i -> (i % 2 == 0 ? a : b)
                        .post(
                                "/api/basket/lines",
                                Map.of("productId", (i % 2 == 0 ? forA : forB).productId(), "quantity", 1))
                        .status());
        var basketA = a.get("/api/basket").json();
        var basketB = b.get("/api/basket").json();
        assertThat(basketA.get("lines")).singleElement().satisfies(line -> {
            assertThat(line.get("productId").asString())
                    .isEqualTo(forA.productId().toString());
            assertThat(line.get("quantity").asInt()).isEqualTo(20);
        });
        assertThat(basketB.get("lines")).singleElement().satisfies(line -> {
            assertThat(line.get("productId").asString())
                    .isEqualTo(forB.productId().toString());
            assertThat(line.get("quantity").asInt()).isEqualTo(20);
        });
    }

    private UUID userOf(ApiClient client) {
        return UUID.fromString(
                client.get("/api/basket").json().get("customerId").asString());
    }

    interface Task {
        int run(int index) throws Exception;
    }

    /** Runs {@code count} calls at once (released together) and answers their statuses. */
    static List<Integer> concurrently(int count, Task task) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<Future<Integer>>();
            for (int i = 0; i < count; i++) {
                int index = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return task.run(index);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            var statuses = new ArrayList<Integer>();
            for (var future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        }
    }
}
