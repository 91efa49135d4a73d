package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * Orders through the gateway only (issue 12's e2e journeys): checkout with a coupon reserves stock, clears the basket
 * and reserves the coupon; a declined card keeps the order payable, a good one pays it and redeems the coupon; an admin
 * ships and delivers; cancelling gives stock and coupon back; one Idempotency-Key sent twice at once makes one order;
 * 50 buyers for a stock of 10 get exactly 10 orders; ownership (404) and roles (403); an exhausted coupon is refused.
 */
@ExtendWith(PlatformExtension.class)
class OrderingJourneyIT {
    private static final Duration ASYNC = Duration.ofSeconds(60);
    private static final String GOOD_CARD = "4242 4242 4242 4242";
    private static final String DECLINED_CARD = "4000 0000 0000 0002";

    private EmporiumClient client;
    private EmporiumClient.Token admin;

    @BeforeEach
    void setUp(RunningPlatform platform) {
        assertThat(platform.services().stream().map(s -> s.name()))
                .as("ordering must run in the platform: the launcher starts it once services/ordering builds an"
                        + " executable jar (wip/ordering was not runnable when this journey was written)")
                .contains("ordering");
        client = platform.client();
        admin = client.login(ServiceRegistry.DEMO_ACCOUNTS.get(0));
    }

    @Test
    void aShopperChecksOutWithACouponPaysAfterADeclineAndTheOrderIsShippedAndDelivered() {
        var shopper = client.newCustomer();
        var marker = "Journey" + UUID.randomUUID().toString().substring(0, 6);
        var kettle = Shop.newProduct(client, admin, marker + " Kettle", "40.00", 10);
        var mug = Shop.newProduct(client, admin, marker + " Mug", "10.00", 10);
        var coupon = Shop.newCoupon(client, admin, "PERCENTAGE", 10, Map.of());

        await().atMost(ASYNC)
                .untilAsserted(() -> assertThat(
                                client.get("/api/catalog/products?q=" + marker).body())
                        .contains(kettle)
                        .contains(mug));
        add(shopper, kettle, 2);
        add(shopper, mug, 1);
        var applied = client.put("/api/basket/coupon", Map.of("code", coupon.code()), shopper);
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().path("total").decimalValue()).isEqualByComparingTo("81.00");

        var placed = checkout(shopper, "key-" + UUID.randomUUID(), Map.of());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var order = placed.json();
        var id = order.path("id").asString();
        assertThat(placed.headers().firstValue("Location").orElse("")).endsWith("/api/ordering/orders/" + id);
        assertThat(order.path("subtotal").decimalValue()).isEqualByComparingTo("90.00");
        assertThat(order.path("discount").decimalValue()).isEqualByComparingTo("9.00");
        assertThat(order.path("total").decimalValue()).isEqualByComparingTo("81.00");
        assertThat(order.path("couponCode").asString()).isEqualTo(coupon.code());
        assertThat(order.path("lines").size()).isEqualTo(2);

        awaitStatus(shopper, id, "AWAITING_PAYMENT");
        assertThat(Shop.stock(client, admin, kettle)).isEqualTo(8);
        assertThat(Shop.stock(client, admin, mug)).isEqualTo(9);
        await().atMost(ASYNC)
                .untilAsserted(() -> assertThat(client.get("/api/basket", shopper)
                                .json()
                                .path("lines")
                                .size())
                        .as("basket cleared by ordering.order-placed")
                        .isZero());
        await().atMost(ASYNC)
                .untilAsserted(
                        () -> assertThat(redemption(coupon, id).path("state").asString())
                                .isEqualTo("RESERVED"));

        var declined = pay(shopper, id, DECLINED_CARD);
        assertThat(declined.status()).as(declined.toString()).isEqualTo(402);
        assertThat(declined.json().path("code").asString()).isEqualTo("ORDERING.PAYMENT_DECLINED");
        assertThat(order(shopper, id).path("status").asString()).isEqualTo("AWAITING_PAYMENT");
        var badLuhn = pay(shopper, id, "4242 4242 4242 4241");
        assertThat(badLuhn.status()).as(badLuhn.toString()).isEqualTo(400);

        var paid = pay(shopper, id, GOOD_CARD);
        assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
        assertThat(paid.json().path("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().path("payment").path("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().path("payment").path("cardLast4").asString()).isEqualTo("4242");
        assertThat(paid.body()).doesNotContain("4242424242424242");
        var again = pay(shopper, id, GOOD_CARD);
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.json().path("code").asString()).isEqualTo("ORDERING.ILLEGAL_TRANSITION");
        await().atMost(ASYNC)
                .untilAsserted(
                        () -> assertThat(redemption(coupon, id).path("state").asString())
                                .as("discount's admin view shows the use")
                                .isEqualTo("REDEEMED"));

        assertThat(client.post("/api/ordering/admin/orders/" + id + "/ship", shipment(), shopper)
                        .status())
                .isEqualTo(403);
        var shipped = client.post("/api/ordering/admin/orders/" + id + "/ship", shipment(), admin);
        assertThat(shipped.status()).as(shipped.toString()).isEqualTo(200);
        assertThat(shipped.json().path("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().path("shipment").path("trackingNumber").asString())
                .isEqualTo("JD0001234567");
        var delivered = client.post("/api/ordering/admin/orders/" + id + "/deliver", null, admin);
        assertThat(delivered.status()).as(delivered.toString()).isEqualTo(200);
        assertThat(delivered.json().path("status").asString()).isEqualTo("DELIVERED");
        var history = new ArrayList<String>();
        delivered.json().path("history").forEach(h -> history.add(h.path("to").asString()));
        assertThat(history).containsExactly("PENDING", "AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED");

        var mine = client.get("/api/ordering/orders", shopper);
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(mine.json().path("total").asLong()).isEqualTo(1);
    }

    @Test
    void aCustomerCancellingGetsStockAndCouponBack() {
        var shopper = client.newCustomer();
        var lamp = Shop.newProduct(client, admin, "Cancel Lamp", "25.00", 5);
        var coupon = Shop.newCoupon(client, admin, "PERCENTAGE", 20, Map.of());
        add(shopper, lamp, 2);
        assertThat(client.put("/api/basket/coupon", Map.of("code", coupon.code()), shopper)
                        .status())
                .isEqualTo(200);
        var placed = checkout(shopper, "cancel-" + UUID.randomUUID(), Map.of());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var id = placed.json().path("id").asString();
        awaitStatus(shopper, id, "AWAITING_PAYMENT");
        assertThat(Shop.stock(client, admin, lamp)).isEqualTo(3);

        var cancelled =
                client.post("/api/ordering/orders/" + id + "/cancel", Map.of("reason", "changed my mind"), shopper);
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");
        await().atMost(ASYNC)
                .untilAsserted(() -> assertThat(Shop.stock(client, admin, lamp))
                        .as("catalog consumes ordering.order-cancelled")
                        .isEqualTo(5));
        await().atMost(ASYNC)
                .untilAsserted(
                        () -> assertThat(redemption(coupon, id).path("state").asString())
                                .isEqualTo("RELEASED"));
        var twice = client.post("/api/ordering/orders/" + id + "/cancel", Map.of(), shopper);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.json().path("code").asString()).isEqualTo("ORDERING.ILLEGAL_TRANSITION");
    }

    @Test
    void theSameIdempotencyKeySentTwiceAtOnceMakesOneOrder() throws Exception {
        var shopper = client.newCustomer();
        var book = Shop.newProduct(client, admin, "Idempotent Book", "12.00", 5);
        add(shopper, book, 1);
        var key = "twice-" + UUID.randomUUID();
        var answers = concurrently(2, i -> checkout(shopper, key, Map.of()));
        var statuses =
                answers.stream().map(EmporiumClient.Response::status).sorted().toList();
        assertThat(statuses).as(answers.toString()).containsExactly(200, 201);
        assertThat(answers.get(0).json().path("id").asString())
                .isEqualTo(answers.get(1).json().path("id").asString());
        assertThat(client.get("/api/ordering/orders", shopper)
                        .json()
                        .path("total")
                        .asLong())
                .isEqualTo(1);
        var reused = checkout(shopper, key, Map.of("expectedTotal", 99));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(422);
        assertThat(reused.json().path("code").asString()).isEqualTo("ORDERING.IDEMPOTENCY_KEY_REUSED");
        var missing = client.post("/api/ordering/orders", Map.of("shippingAddress", address()), shopper);
        assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
    }

    @Test
    void aCheckoutOfAProductWhoseStockIsGoneEndsCancelledWithTheReason() {
        var shopper = client.newCustomer();
        var rare = Shop.newProduct(client, admin, "Rare Vase", "80.00", 3);
        add(shopper, rare, 2);
        var current = client.get("/api/catalog/products/" + rare);
        var patched = client.json(
                "PATCH",
                "/api/catalog/products/" + rare,
                Map.of("stock", 1),
                admin,
                "If-Match",
                current.headers().firstValue("ETag").orElseThrow());
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        var placed = checkout(shopper, "gone-" + UUID.randomUUID(), Map.of());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var id = placed.json().path("id").asString();
        var cancelled = awaitStatus(shopper, id, "CANCELLED");
        assertThat(cancelled.path("cancelReason").asString()).isNotBlank();
        assertThat(cancelled.toString()).contains("STOCK_REJECTED");
        assertThat(Shop.stock(client, admin, rare)).isEqualTo(1);
    }

    @Test
    void fiftyBuyersForTenInStockGetExactlyTenOrders() throws Exception {
        var scarce = Shop.newProduct(client, admin, "Scarce Console", "299.00", 10);
        // 8 registrations at a time: 50 at once exhaust identity's connection pool (500, see the report)
        var buyers = new ArrayList<EmporiumClient.Token>();
        for (int batch = 0; batch < 50; batch += 8) {
            buyers.addAll(concurrently(Math.min(8, 50 - batch), i -> client.newCustomer()));
        }
        concurrently(50, i -> add(buyers.get(i), scarce, 1));
        var placed = concurrently(50, i -> checkout(buyers.get(i), "rush-" + i + "-" + UUID.randomUUID(), Map.of()));
        // 201, or 200 where a try answered 503 after storing the order and the retry with its key found it
        assertThat(placed)
                .allSatisfy(r -> assertThat(r.status()).as(r.toString()).isIn(200, 201));
        var orders = new ConcurrentHashMap<String, String>();
        await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
            for (int i = 0; i < 50; i++) {
                var id = placed.get(i).json().path("id").asString();
                orders.put(id, order(buyers.get(i), id).path("status").asString());
            }
            assertThat(orders.values()).doesNotContain("PENDING");
        });
        assertThat(orders.values().stream().filter("AWAITING_PAYMENT"::equals).count())
                .as(orders.toString())
                .isEqualTo(10);
        assertThat(orders.values().stream().filter("CANCELLED"::equals).count())
                .as(orders.toString())
                .isEqualTo(40);
        assertThat(Shop.stock(client, admin, scarce)).isZero();
    }

    @Test
    void anotherCustomersOrderIsNotFoundAndCustomersAreForbiddenAdminPaths() {
        var owner = client.newCustomer();
        var stranger = client.newCustomer();
        var pen = Shop.newProduct(client, admin, "Private Pen", "3.00", 10);
        add(owner, pen, 1);
        var placed = checkout(owner, "own-" + UUID.randomUUID(), Map.of());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var id = placed.json().path("id").asString();

        var seen = client.get("/api/ordering/orders/" + id, stranger);
        assertThat(seen.status()).as(seen.toString()).isEqualTo(404);
        assertThat(seen.json().path("code").asString()).isEqualTo("ORDERING.ORDER_NOT_FOUND");
        assertThat(client.post("/api/ordering/orders/" + id + "/cancel", Map.of(), stranger)
                        .status())
                .isEqualTo(404);
        assertThat(pay(stranger, id, GOOD_CARD).status()).isEqualTo(404);
        assertThat(client.get("/api/ordering/orders", stranger)
                        .json()
                        .path("total")
                        .asLong())
                .isZero();
        assertThat(client.get("/api/ordering/admin/orders", owner).status()).isEqualTo(403);
        assertThat(client.post("/api/ordering/admin/orders/" + id + "/deliver", null, owner)
                        .status())
                .isEqualTo(403);
        assertThat(client.get("/api/ordering/orders/" + id, admin).status()).isEqualTo(200);
        var all = client.get(
                "/api/ordering/admin/orders?customerId="
                        + placed.json().path("customerId").asString(),
                admin);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.json().path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(client.get("/api/ordering/orders").status()).as("anonymous").isEqualTo(401);
    }

    @Test
    void anExhaustedCouponIsRefusedAtTheNextCheckoutWithItsReason() {
        var first = client.newCustomer();
        var second = client.newCustomer();
        var scarf = Shop.newProduct(client, admin, "Coupon Scarf", "20.00", 10);
        var coupon = Shop.newCoupon(client, admin, "PERCENTAGE", 50, Map.of("maxRedemptions", 1));
        add(first, scarf, 1);
        add(second, scarf, 1);
        assertThat(client.put("/api/basket/coupon", Map.of("code", coupon.code()), first)
                        .status())
                .isEqualTo(200);
        assertThat(client.put("/api/basket/coupon", Map.of("code", coupon.code()), second)
                        .status())
                .as("not used yet: the second basket takes it too")
                .isEqualTo(200);

        var used = checkout(first, "ex1-" + UUID.randomUUID(), Map.of());
        assertThat(used.status()).as(used.toString()).isEqualTo(201);
        var refused = checkout(second, "ex2-" + UUID.randomUUID(), Map.of());
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(refused.json().path("code").asString()).isEqualTo("ORDERING.COUPON_REJECTED");
        assertThat(refused.json().path("reason").asString()).isEqualTo("EXHAUSTED");
        var basket = client.put("/api/basket/coupon", Map.of("code", coupon.code()), second);
        assertThat(basket.status()).isEqualTo(422);
        assertThat(basket.json().path("reason").asString()).isEqualTo("EXHAUSTED");
    }

    /** Places an order as the journeys' shoppers do: a fresh basket's contents to a fixed address. */
    private EmporiumClient.Response checkout(EmporiumClient.Token customer, String key, Map<String, Object> extra) {
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("shippingAddress", address());
        body.putAll(extra);
        return client.placeOrder(customer, key, body);
    }

    private static Map<String, Object> address() {
        return Map.of(
                "name", "Erika Mustermann",
                "line1", "Heidestraße 17",
                "postalCode", "51147",
                "city", "Köln",
                "country", "DE");
    }

    private static Map<String, Object> shipment() {
        return Map.of("carrier", "DHL", "trackingNumber", "JD0001234567");
    }

    private EmporiumClient.Response add(EmporiumClient.Token customer, String product, int quantity) {
        var added = client.post("/api/basket/lines", Map.of("productId", product, "quantity", quantity), customer);
        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        return added;
    }

    private EmporiumClient.Response pay(EmporiumClient.Token customer, String id, String card) {
        return client.post(
                "/api/ordering/orders/" + id + "/payment",
                Map.of("cardNumber", card, "expiry", "12/39", "cvc", "123", "cardholder", "Erika Mustermann"),
                customer);
    }

    private JsonNode order(EmporiumClient.Token customer, String id) {
        var order = client.get("/api/ordering/orders/" + id, customer);
        assertThat(order.status()).as(order.toString()).isEqualTo(200);
        return order.json();
    }

    private JsonNode awaitStatus(EmporiumClient.Token customer, String id, String status) {
        await().atMost(ASYNC)
                .untilAsserted(
                        () -> assertThat(order(customer, id).path("status").asString())
                                .isEqualTo(status));
        return order(customer, id);
    }

    private JsonNode redemption(Shop.Coupon coupon, String orderId) {
        var page = client.get("/api/discount/coupons/" + coupon.id() + "/redemptions?size=100", admin);
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        var json = page.json();
        for (var row : json.path("items")) {
            if (row.path("orderId").asString().equals(orderId)) {
                return row;
            }
        }
        throw new AssertionError("No redemption of " + coupon.code() + " for order " + orderId + ": " + page);
    }

    interface Indexed<T> {
        T call(int index) throws Exception;
    }

    /** Runs {@code n} calls at once (released together) and answers their results in index order. */
    static <T> List<T> concurrently(int n, Indexed<T> call) throws Exception {
        var start = new CountDownLatch(1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new ArrayList<java.util.concurrent.Future<T>>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> {
                    start.await();
                    return call.call(index);
                }));
            }
            start.countDown();
            var results = new ArrayList<T>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
