package org.emporium.ordering.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.emporium.contracts.catalog.StockRejected;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.ordering.application.ExpireUnpaidOrders;
import org.emporium.ordering.support.OrderingIntegrationTest;
import org.emporium.platform.test.ApiClient;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.Test;

/** Ordering's API end to end inside the module: checkout, the saga's consumers, payment, lifecycle, views, access. */
class OrderingApiIT extends OrderingIntegrationTest {

    private static Map<String, Object> card(String number) {
        return Map.of("cardNumber", number, "expiry", "12/39", "cvc", "123", "cardholder", "Ada Lovelace");
    }

    private UUID awaitingPayment(UUID customer) {
        var order = placeOrder(customer);
        publish(new StockReserved(order, List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(order).equals("AWAITING_PAYMENT"));
        return order;
    }

    @Test
    void checkoutPlacesAPendingOrderAtCatalogPricesWithItsEventsInTheOutbox() {
        var customer = UUID.randomUUID();
        var a = deps.product("19.99");
        var b = deps.product("5.00");
        deps.basket(customer, null, List.of(new Object[] {a, 2, "19.99"}, new Object[] {b, 1, "5.00"}));

        var response = checkout(customer, "key-1", checkoutBody());

        assertThat(response.status()).isEqualTo(201);
        var order = response.json();
        var id = order.get("id").asString();
        assertThat(response.header("Location")).isEqualTo("/api/ordering/orders/" + id);
        assertThat(response.header("ETag")).isNotNull();
        assertThat(order.get("status").asString()).isEqualTo("PENDING");
        assertThat(order.get("customerId").asString()).isEqualTo(customer.toString());
        assertThat(order.get("subtotal").decimalValue()).isEqualByComparingTo("44.98");
        assertThat(order.get("total").decimalValue()).isEqualByComparingTo("44.98");
        assertThat(order.get("lines")).hasSize(2);
        assertThat(order.get("shippingAddress").get("city").asString()).isEqualTo("Berlin");
        assertThat(order.get("history").get(0).get("to").asString()).isEqualTo("PENDING");
        assertThat(order.get("expiresAt").isNull()).isFalse();
        assertThat(order.get("payment").isNull()).isTrue();
        var keys = jdbc.sql("SELECT routing_key FROM emporium_outbox WHERE payload::text LIKE :id")
                .param("id", "%" + id + "%")
                .query(String.class)
                .list();
        assertThat(keys).contains("ordering.order-placed", "ordering.order-status-changed");
    }

    @Test
    void theSameKeyAndBodyAnswerTheSameOrderAndADifferentBodyIsRefused() {
        var customer = UUID.randomUUID();
        var product = deps.product("10.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 1, "10.00"}));

        var first = checkout(customer, "same-key", checkoutBody());
        var again = checkout(customer, "same-key", checkoutBody());
        var other = checkoutBody();
        other.put("expectedTotal", new BigDecimal("10.00"));
        var reused = checkout(customer, "same-key", other);
        var anotherCustomer = UUID.randomUUID();
        deps.basket(anotherCustomer, null, List.<Object[]>of(new Object[] {product, 1, "10.00"}));
        var theirs = checkout(anotherCustomer, "same-key", checkoutBody());

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertProblem(reused, 422, "ORDERING.IDEMPOTENCY_KEY_REUSED");
        assertThat(theirs.status()).isEqualTo(201);
        assertThat(theirs.json().get("id").asString())
                .isNotEqualTo(first.json().get("id").asString());
    }

    @Test
    void concurrentCheckoutsWithOneKeyPlaceExactlyOneOrder() throws Exception {
        var customer = UUID.randomUUID();
        var product = deps.product("10.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 1, "10.00"}));
        var tasks = new ArrayList<Callable<ApiClient.Response>>();
        for (int i = 0; i < 6; i++) {
            tasks.add(() -> checkout(customer, "race", checkoutBody()));
        }
        List<ApiClient.Response> responses;
        try (var pool = Executors.newFixedThreadPool(6)) {
            responses = pool.invokeAll(tasks).stream()
                    .map(f -> {
                        try {
                            return f.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
        }

        assertThat(responses).extracting(ApiClient.Response::status).containsOnly(201, 200);
        assertThat(responses.stream().filter(r -> r.status() == 201)).hasSize(1);
        assertThat(responses.stream().map(r -> r.json().get("id").asString()).distinct())
                .hasSize(1);
        var orders = jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = :c")
                .param("c", customer)
                .query(Long.class)
                .single();
        assertThat(orders).isEqualTo(1);
    }

    /**
     * The race the e2e suite met: request B with a key finds no attempt, then reads the basket only after request A
     * with the same key has placed the order and the basket has emptied itself on its event. B is a retry of A, so it
     * answers A's order (200), not "the basket is empty" (422).
     */
    @Test
    void aRequestThatFindsTheBasketEmptiedByItsKeysOrderAnswersThatOrder() throws Exception {
        var customer = UUID.randomUUID();
        var product = deps.product("10.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 1, "10.00"}));
        var bIsReading = new java.util.concurrent.CountDownLatch(1);
        var aIsDone = new java.util.concurrent.CountDownLatch(1);
        deps.beforeBasketRead.put(customer, () -> {
            bIsReading.countDown();
            try {
                aIsDone.await(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try (var pool = Executors.newSingleThreadExecutor()) {
            var b = pool.submit(() -> checkout(customer, "emptied", checkoutBody()));
            assertThat(bIsReading.await(30, java.util.concurrent.TimeUnit.SECONDS))
                    .isTrue();

            var a = checkout(customer, "emptied", checkoutBody());
            assertThat(a.status()).as(a.body()).isEqualTo(201);
            deps.basket(customer, null, List.of()); // basket cleared on A's order-placed
            aIsDone.countDown();

            var answer = b.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            assertThat(answer.json().get("id").asString())
                    .isEqualTo(a.json().get("id").asString());
        }
        assertProblem(checkout(customer, "another-key", checkoutBody()), 422, "ORDERING.BASKET_EMPTY");
    }

    @Test
    void badRequestsAreClearProblems() {
        var customer = UUID.randomUUID();
        var missingKey = as(customer(customer)).post("/api/ordering/orders", checkoutBody());
        assertProblem(missingKey, 400, "ORDERING.IDEMPOTENCY_KEY_REQUIRED");
        assertProblem(checkout(customer, "k".repeat(65), checkoutBody()), 400, "ORDERING.IDEMPOTENCY_KEY_REQUIRED");
        assertProblem(checkout(customer, "empty", checkoutBody()), 422, "ORDERING.BASKET_EMPTY");
        var badCountry = checkoutBody();
        var address = new java.util.LinkedHashMap<>(address());
        address.put("country", "Germany");
        badCountry.put("shippingAddress", address);
        assertProblem(checkout(customer, "bad-country", badCountry), 400, "REQUEST.VALIDATION_FAILED");
    }

    @Test
    void theServerComputesStatusTotalsAndCustomerNeverTheBody() {
        var customer = UUID.randomUUID();
        var product = deps.product("10.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 1, "10.00"}));
        var body = checkoutBody();
        body.put("status", "PAID");
        body.put("total", 0);
        body.put("customerId", UUID.randomUUID().toString());

        assertProblem(checkout(customer, "mass", body), 400, "REQUEST.UNKNOWN_FIELD");
        assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = :c")
                        .param("c", customer)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aPriceThatMovedIsRefusedUnlessTheCustomerAcceptsTheNewTotal() {
        var customer = UUID.randomUUID();
        var product = deps.product("12.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 2, "10.00"}));

        var refused = checkout(customer, "moved", checkoutBody());
        var problem = assertProblem(refused, 409, "ORDERING.PRICE_CHANGED");
        assertThat(problem.get("total").decimalValue()).isEqualByComparingTo("24.00");
        assertThat(problem.get("changedProductIds").get(0).asString()).isEqualTo(product.toString());

        var accepted = checkoutBody();
        accepted.put("expectedTotal", new BigDecimal("24.00"));
        var placed = checkout(customer, "moved-accepted", accepted);
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("total").decimalValue()).isEqualByComparingTo("24.00");
    }

    @Test
    void aProductNoLongerSoldIsRefused() {
        var customer = UUID.randomUUID();
        var product = UUID.randomUUID();
        deps.setProduct(product, "5.00", "ARCHIVED");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 1, "5.00"}));

        var problem = assertProblem(checkout(customer, "gone", checkoutBody()), 422, "ORDERING.PRODUCT_UNAVAILABLE");
        assertThat(problem.get("productIds").get(0).asString()).isEqualTo(product.toString());
    }

    @Test
    void aCouponIsReservedWithDiscountAndARefusalCarriesDiscountsReason() {
        var customer = UUID.randomUUID();
        var product = deps.product("50.00");
        deps.basket(customer, "SAVE10", List.<Object[]>of(new Object[] {product, 1, "50.00"}));

        var placed = checkout(customer, "coupon", checkoutBody());
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("discount").decimalValue()).isEqualByComparingTo("5.00");
        assertThat(placed.json().get("total").decimalValue()).isEqualByComparingTo("45.00");
        assertThat(placed.json().get("couponCode").asString()).isEqualTo("SAVE10");
        assertThat(placed.json().get("lines").get(0).get("discount").decimalValue())
                .isEqualByComparingTo("5.00");
        var orderId = UUID.fromString(placed.json().get("id").asString());
        assertThat(deps.reservations).containsEntry(orderId, "SAVE10");

        var other = UUID.randomUUID();
        deps.refusedCoupons.put("USEDUP", "EXHAUSTED");
        deps.basket(other, "USEDUP", List.<Object[]>of(new Object[] {product, 1, "50.00"}));
        var problem = assertProblem(checkout(other, "coupon", checkoutBody()), 422, "ORDERING.COUPON_REJECTED");
        assertThat(problem.get("reason").asString()).isEqualTo("EXHAUSTED");
    }

    @Test
    void aMovedPriceIsRefusedBeforeTheCouponIsReserved() {
        var customer = UUID.randomUUID();
        var product = deps.product("30.00");
        deps.basket(customer, "SAVE10", List.<Object[]>of(new Object[] {product, 1, "25.00"}));
        var before = Set.copyOf(deps.reservations.keySet());

        assertProblem(checkout(customer, "moved", checkoutBody()), 409, "ORDERING.PRICE_CHANGED");

        assertThat(deps.reservations.keySet())
                .as("no coupon use is held for an order that is not placed")
                .containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void aCouponReservedForACheckoutThatFailsIsReleased() {
        var customer = UUID.randomUUID();
        var product = deps.product("30.00");
        deps.basket(customer, "SAVE10", List.<Object[]>of(new Object[] {product, 1, "25.00"}));
        var body = checkoutBody();
        body.put("expectedTotal", new BigDecimal("1.00")); // judged after the coupon: reserved, then refused

        assertProblem(checkout(customer, "release", body), 409, "ORDERING.PRICE_CHANGED");

        var reserved = deps.reservations.keySet().stream()
                .filter(id -> jdbc.sql("SELECT count(*) FROM orders WHERE id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single()
                        == 0)
                .toList();
        assertThat(reserved).isNotEmpty();
        assertThat(deps.releases).containsAll(reserved);
    }

    @Test
    void stockReservedMakesTheOrderPayableOnceAndStockRejectedCancelsIt() {
        var customer = UUID.randomUUID();
        var order = awaitingPayment(customer);
        publish(new StockReserved(order, List.of(), Instant.now()));
        var rejectedLate = new StockRejected(order, List.of(), Instant.now());
        publish(rejectedLate);

        var other = placeOrder(customer);
        publish(new StockRejected(other, List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(other).equals("CANCELLED"));

        var view = as(customer(customer)).get("/api/ordering/orders/" + order).json();
        assertThat(view.get("status").asString()).isEqualTo("AWAITING_PAYMENT");
        assertThat(view.get("history")).hasSize(2);
        assertThat(view.get("history").get(1).get("actor").asString()).isEqualTo("system:catalog");
        var cancelled =
                as(customer(customer)).get("/api/ordering/orders/" + other).json();
        assertThat(cancelled.get("cancelReason").asString()).isEqualTo("STOCK_REJECTED");
        assertThat(cancelled.get("expiresAt").isNull()).isTrue();
    }

    @Test
    void paymentDeclinedThenTimeoutThenApproved() {
        var customer = UUID.randomUUID();
        var order = awaitingPayment(customer);
        var api = as(customer(customer));
        var path = "/api/ordering/orders/" + order + "/payment";

        assertProblem(api.post(path, card("4000 0000 0000 0002")), 402, "ORDERING.PAYMENT_DECLINED");
        assertThat(status(order)).isEqualTo("AWAITING_PAYMENT");
        assertProblem(api.post(path, card("4000 0000 0000 0119")), 503, "ORDERING.PAYMENT_UNAVAILABLE");
        assertThat(status(order)).isEqualTo("AWAITING_PAYMENT");
        assertProblem(api.post(path, card("4242 4242 4242 4241")), 400, "REQUEST.VALIDATION_FAILED");
        assertProblem(
                api.post(
                        path,
                        Map.of("cardNumber", "4242424242424242", "expiry", "01/20", "cvc", "123", "cardholder", "A")),
                400,
                "REQUEST.VALIDATION_FAILED");

        var paid = api.post(path, card("4242 4242 4242 4242"));
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.json().get("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().get("payment").get("status").asString()).isEqualTo("PAID");
        assertThat(paid.json().get("payment").get("cardLast4").asString()).isEqualTo("4242");
        assertThat(paid.body()).doesNotContain("4242424242424242");
        var again = assertProblem(api.post(path, card("4242 4242 4242 4242")), 409, "ORDERING.ILLEGAL_TRANSITION");
        assertThat(again.get("from").asString()).isEqualTo("PAID");
    }

    @Test
    void cancellingAPaidOrderRefundsItAndAShippedOrderCannotBeCancelled() {
        var customer = UUID.randomUUID();
        var api = as(customer(customer));
        var paid = awaitingPayment(customer);
        api.post("/api/ordering/orders/" + paid + "/payment", card("4242424242424242"));

        var cancelled = api.post("/api/ordering/orders/" + paid + "/cancel", Map.of("reason", "changed my mind"));
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(cancelled.json().get("payment").get("status").asString()).isEqualTo("REFUNDED");
        assertThat(cancelled.json().get("payment").get("refundedAt").isNull()).isFalse();
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("CUSTOMER_REQUEST");
        var events = jdbc.sql("SELECT routing_key FROM emporium_outbox WHERE payload::text LIKE :id")
                .param("id", "%" + paid + "%")
                .query(String.class)
                .list();
        assertThat(events).contains("ordering.order-cancelled");

        var shipped = awaitingPayment(customer);
        api.post("/api/ordering/orders/" + shipped + "/payment", card("4242424242424242"));
        assertThat(admin().post(
                                "/api/ordering/admin/orders/" + shipped + "/ship",
                                Map.of("carrier", "DHL", "trackingNumber", "JD0001"))
                        .status())
                .isEqualTo(200);
        var refused = assertProblem(
                api.post("/api/ordering/orders/" + shipped + "/cancel", null), 409, "ORDERING.ILLEGAL_TRANSITION");
        assertThat(refused.get("from").asString()).isEqualTo("SHIPPED");
        assertThat(refused.get("to").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void adminsShipAndDeliverCustomersMayNot() {
        var customer = UUID.randomUUID();
        var order = awaitingPayment(customer);
        var api = as(customer(customer));
        api.post("/api/ordering/orders/" + order + "/payment", card("4242424242424242"));
        var ship = "/api/ordering/admin/orders/" + order + "/ship";
        var parcel = Map.of("carrier", "DHL", "trackingNumber", "JD0002");

        assertProblem(api.post(ship, parcel), 403, "AUTH.FORBIDDEN");
        assertProblem(
                admin().post("/api/ordering/admin/orders/" + order + "/deliver", null),
                409,
                "ORDERING.ILLEGAL_TRANSITION");
        var shipped = admin().post(ship, parcel);
        assertThat(shipped.json().get("status").asString()).isEqualTo("SHIPPED");
        assertThat(shipped.json().get("shipment").get("trackingNumber").asString())
                .isEqualTo("JD0002");
        var delivered = admin().post("/api/ordering/admin/orders/" + order + "/deliver", null);
        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(delivered.json().get("shipment").get("deliveredAt").isNull()).isFalse();
        assertThat(delivered.json().get("history")).hasSize(5);
    }

    @Test
    void anotherCustomersOrderIsNotFoundEverywhere() {
        var owner = UUID.randomUUID();
        var order = awaitingPayment(owner);
        var stranger = as(customer(UUID.randomUUID()));

        assertProblem(stranger.get("/api/ordering/orders/" + order), 404, "ORDERING.ORDER_NOT_FOUND");
        assertProblem(
                stranger.post("/api/ordering/orders/" + order + "/payment", card("4242424242424242")),
                404,
                "ORDERING.ORDER_NOT_FOUND");
        assertProblem(
                stranger.post("/api/ordering/orders/" + order + "/cancel", null), 404, "ORDERING.ORDER_NOT_FOUND");
        assertThat(status(order)).isEqualTo("AWAITING_PAYMENT");
        assertThat(admin().get("/api/ordering/orders/" + order).status()).isEqualTo(200);
        assertThat(as(null).get("/api/ordering/orders/" + order).status()).isEqualTo(401);
        assertThat(as(TestTokens.service("catalog.read"))
                        .get("/api/ordering/orders/" + order)
                        .status())
                .isEqualTo(403);
    }

    @Test
    void unpaidOrdersExpireAfterThePaymentWindowPaidOnesDoNot() {
        var customer = UUID.randomUUID();
        var unpaid = awaitingPayment(customer);
        var paid = awaitingPayment(customer);
        as(customer(customer)).post("/api/ordering/orders/" + paid + "/payment", card("4242424242424242"));
        var fresh = placeOrder(customer);
        jdbc.sql("UPDATE orders SET placed_at = placed_at - INTERVAL '31 minutes' WHERE id IN (:a, :b)")
                .param("a", unpaid)
                .param("b", paid)
                .update();

        int expired = mediator.send(new ExpireUnpaidOrders(1000));

        assertThat(expired).isGreaterThanOrEqualTo(1);
        assertThat(status(unpaid)).isEqualTo("EXPIRED");
        assertThat(status(paid)).isEqualTo("PAID");
        assertThat(status(fresh)).isEqualTo("PENDING");
        var view = as(customer(customer)).get("/api/ordering/orders/" + unpaid).json();
        assertThat(view.get("cancelReason").asString()).isEqualTo("PAYMENT_TIMEOUT");
        assertThat(view.get("history").get(2).get("actor").asString()).isEqualTo("system:expiry");
    }

    @Test
    void twoReplicasExpiringAtOnceExpireEachOrderOnce() throws Exception {
        var customer = UUID.randomUUID();
        var orders = new ArrayList<UUID>();
        for (int i = 0; i < 6; i++) {
            orders.add(placeOrder(customer));
        }
        jdbc.sql("UPDATE orders SET placed_at = placed_at - INTERVAL '1 hour' WHERE customer_id = :c")
                .param("c", customer)
                .update();

        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> mediator.send(new ExpireUnpaidOrders(1000)));
            var b = pool.submit(() -> mediator.send(new ExpireUnpaidOrders(1000)));
            a.get();
            b.get();
        }

        for (var order : orders) {
            assertThat(status(order)).isEqualTo("EXPIRED");
            var expiries = jdbc.sql(
                            "SELECT count(*) FROM order_status_history WHERE order_id = :id AND to_status = 'EXPIRED'")
                    .param("id", order)
                    .query(Long.class)
                    .single();
            assertThat(expiries).isEqualTo(1);
            var cancelled = jdbc.sql("""
                            SELECT count(*) FROM emporium_outbox
                            WHERE routing_key = 'ordering.order-cancelled' AND payload::text LIKE :id""")
                    .param("id", "%" + order + "%")
                    .query(Long.class)
                    .single();
            assertThat(cancelled).isEqualTo(1);
        }
    }

    @Test
    void listsAreNewestFirstPagedAndFiltered() {
        var customer = UUID.randomUUID();
        var first = placeOrder(customer);
        var second = placeOrder(customer);
        var third = awaitingPayment(customer);
        placeOrder(UUID.randomUUID());
        var api = as(customer(customer));

        var page = api.get("/api/ordering/orders?size=2").json();
        assertThat(page.get("total").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(third.toString());
        assertThat(page.get("items").get(1).get("id").asString()).isEqualTo(second.toString());
        assertThat(page.get("items").get(0).get("itemCount").asInt()).isEqualTo(2);
        var next = api.get("/api/ordering/orders?size=2&page=1").json();
        assertThat(next.get("items").get(0).get("id").asString()).isEqualTo(first.toString());
        var awaiting = api.get("/api/ordering/orders?status=AWAITING_PAYMENT").json();
        assertThat(awaiting.get("items")).hasSize(1);
        assertProblem(api.get("/api/ordering/orders?size=1000"), 400, "REQUEST.VALIDATION_FAILED");

        var search =
                admin().get("/api/ordering/admin/orders?customerId=" + customer).json();
        assertThat(search.get("total").asLong()).isEqualTo(3);
        assertThat(search.get("items").get(0).get("customerId").asString()).isEqualTo(customer.toString());
        var none = admin().get("/api/ordering/admin/orders?customerId=" + customer + "&to=2000-01-01T00:00:00Z")
                .json();
        assertThat(none.get("items")).isEmpty();
        assertProblem(api.get("/api/ordering/admin/orders"), 403, "AUTH.FORBIDDEN");
    }
}
