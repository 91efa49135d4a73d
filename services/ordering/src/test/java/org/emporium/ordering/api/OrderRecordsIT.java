package org.emporium.ordering.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.emporium.contracts.catalog.StockRejected;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.ordering.application.ExpireUnpaidOrders;
import org.emporium.ordering.support.OrderingIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What an order keeps and what it never shows: cancellation notes and who cancelled, catalog's rejected lines,
 * card data kept out of answers and logs, expiry one order at a time, no provider call under a row lock, and
 * only real country codes.
 */
@ExtendWith(OutputCaptureExtension.class)
class OrderRecordsIT extends OrderingIntegrationTest {
    private static final String SLOW_CARD = "4000 0000 0000 3220";

    private static Map<String, Object> card(String number, String cvc) {
        return Map.of("cardNumber", number, "expiry", "12/39", "cvc", cvc, "cardholder", "Ada Lovelace");
    }

    private UUID awaitingPayment(UUID customer) {
        var order = placeOrder(customer);
        publish(new StockReserved(order, List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(order).equals("AWAITING_PAYMENT"));
        return order;
    }

    @Test
    void theCancelNoteIsStoredNotLoggedAndAnAdminsCancelIsRecordedAsAdmin(CapturedOutput output) {
        var customer = UUID.randomUUID();
        var api = as(customer(customer));
        var mine = awaitingPayment(customer);
        var note = "wrong size\r\nINFO forged log line ${jndi:ldap://x} <b>";

        var cancelled = api.post("/api/ordering/orders/" + mine + "/cancel", Map.of("reason", note));

        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.json().get("cancelReason").asString()).isEqualTo("CUSTOMER_REQUEST");
        assertThat(cancelled.json().get("cancelNote").asString()).isEqualTo(note.strip());
        assertThat(cancelled.json().get("history").get(2).get("reason").asString())
                .isEqualTo("CUSTOMER_REQUEST");
        assertThat(output.getAll()).doesNotContain("forged log line").doesNotContain("jndi:ldap");

        var theirs = awaitingPayment(customer);
        var byAdmin = admin().post("/api/ordering/orders/" + theirs + "/cancel", Map.of("reason", "fraud check"));
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().get("cancelReason").asString()).isEqualTo("ADMIN");
        assertThat(byAdmin.json().get("cancelNote").asString()).isEqualTo("fraud check");
        var last = byAdmin.json().get("history").get(2);
        assertThat(last.get("reason").asString()).isEqualTo("ADMIN");
        assertThat(last.get("actor").asString()).startsWith("admin:");
        assertProblem(
                api.post(
                        "/api/ordering/orders/" + awaitingPayment(customer) + "/cancel",
                        Map.of("reason", "x".repeat(501))),
                400,
                "REQUEST.VALIDATION_FAILED");
    }

    @Test
    void aStockRejectedOrderShowsWhichLinesFailedAndWhy() {
        var customer = UUID.randomUUID();
        var order = placeOrder(customer);
        var product = UUID.fromString(as(customer(customer))
                .get("/api/ordering/orders/" + order)
                .json()
                .get("lines")
                .get(0)
                .get("productId")
                .asString());
        var unknown = UUID.randomUUID();

        publish(new StockRejected(
                order,
                List.of(
                        new StockRejected.RejectedLine(product, 2, 1, "INSUFFICIENT_STOCK"),
                        new StockRejected.RejectedLine(unknown, 1, 0, "UNKNOWN_PRODUCT")),
                Instant.now()));
        await().atMost(Duration.ofSeconds(20)).until(() -> status(order).equals("CANCELLED"));

        var view = as(customer(customer)).get("/api/ordering/orders/" + order).json();
        assertThat(view.get("cancelReason").asString()).isEqualTo("STOCK_REJECTED");
        var shortfalls = view.get("stockShortfalls");
        assertThat(shortfalls).hasSize(2);
        assertThat(shortfalls.get(0).get("productId").asString()).isEqualTo(product.toString());
        assertThat(shortfalls.get(0).get("productName").isNull()).isFalse();
        assertThat(shortfalls.get(0).get("requested").asInt()).isEqualTo(2);
        assertThat(shortfalls.get(0).get("available").asInt()).isEqualTo(1);
        assertThat(shortfalls.get(0).get("reason").asString()).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(shortfalls.get(1).get("productId").asString()).isEqualTo(unknown.toString());
        assertThat(shortfalls.get(1).get("productName").isNull()).isTrue();
        assertThat(shortfalls.get(1).get("reason").asString()).isEqualTo("UNKNOWN_PRODUCT");
        assertThat(as(customer(customer))
                        .get("/api/ordering/orders/" + awaitingPayment(customer))
                        .json()
                        .get("stockShortfalls"))
                .isEmpty();
    }

    @Test
    void cardNumbersAndCvcsNeverAppearInAnswersOrLogs(CapturedOutput output) {
        var customer = UUID.randomUUID();
        var order = awaitingPayment(customer);
        var api = as(customer(customer));
        var path = "/api/ordering/orders/" + order + "/payment";
        var badLuhn = "4242424242424241";
        var tooLong = "4242424242424242424242424242420";
        var badCvcCard = "5555555555554444";
        var badCvc = "98x";

        var answers = List.of(
                api.post(path, card(badLuhn, "731")),
                api.post(path, card(tooLong, "732")),
                api.post(path, card(badCvcCard, badCvc)),
                api.post(path, card(badCvcCard, "98765")),
                api.post(path, Map.of("cardNumber", badCvcCard, "expiry", "01/20", "cvc", "733", "cardholder", "A")));

        for (var answer : answers) {
            var problem = assertProblem(answer, 400, "REQUEST.VALIDATION_FAILED");
            assertThat(answer.body())
                    .doesNotContain(badLuhn)
                    .doesNotContain(tooLong)
                    .doesNotContain(badCvcCard)
                    .doesNotContain(badCvc)
                    .doesNotContain("98765");
            for (var error : problem.get("errors")) {
                // a CVC is too short to search for: no field error may echo any text at all
                var rejected = error.get("rejectedValue");
                assertThat(rejected == null || rejected.isNull() || rejected.isBoolean())
                        .as(error.toString())
                        .isTrue();
            }
        }
        var fields = answers.get(2).json().get("errors").get(0);
        assertThat(fields.get("field").asString()).isEqualTo("cvcValid");
        assertThat(answers.get(0).json().get("errors").get(0).get("field").asString())
                .isEqualTo("cardNumberValid");
        var declined = api.post(path, card("4000 0000 0000 0002", "734"));
        assertProblem(declined, 402, "ORDERING.PAYMENT_DECLINED");
        var paid = api.post(path, card("5555 5555 5555 4444", "735"));
        assertThat(paid.status()).isEqualTo(200);
        assertThat(paid.body()).doesNotContain("5555555555554444");

        assertThat(output.getAll())
                .doesNotContain(badLuhn)
                .doesNotContain(tooLong)
                .doesNotContain(badCvcCard)
                .doesNotContain("4000000000000002")
                .doesNotContain("5555 5555 5555 4444");
    }

    @Test
    void onlyExistingIsoCountryCodesAreAccepted() {
        var customer = UUID.randomUUID();
        for (var country : List.of("XX", "ZZ", "de", "Germany", "D1")) {
            var body = checkoutBody();
            var address = new LinkedHashMap<>(address());
            address.put("country", country);
            body.put("shippingAddress", address);
            var refused =
                    assertProblem(checkout(customer, "country-" + country, body), 400, "REQUEST.VALIDATION_FAILED");
            assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("shippingAddress.country");
        }
        var product = deps.product("10.00");
        deps.basket(customer, null, List.<Object[]>of(new Object[] {product, 1, "10.00"}));
        var body = checkoutBody();
        var address = new LinkedHashMap<>(address());
        address.put("country", "CH");
        body.put("shippingAddress", address);
        var placed = checkout(customer, "country-CH", body);
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.json().get("shippingAddress").get("country").asString())
                .isEqualTo("CH");
    }

    @Test
    void anOrderThatFailsToExpireDoesNotRollBackTheOthers() {
        var customer = UUID.randomUUID();
        var first = placeOrder(customer);
        var failing = placeOrder(customer);
        var last = placeOrder(customer);
        jdbc.sql("UPDATE orders SET placed_at = placed_at - INTERVAL '2 hours' WHERE customer_id = :c")
                .param("c", customer)
                .update();
        jdbc.sql("""
                        CREATE OR REPLACE FUNCTION refuse_expiry() RETURNS trigger AS $$
                        BEGIN
                            IF NEW.id = '%s' AND NEW.status = 'EXPIRED' THEN
                                RAISE EXCEPTION 'refused by the test';
                            END IF;
                            RETURN NEW;
                        END $$ LANGUAGE plpgsql""".formatted(failing)).update();
        jdbc.sql("CREATE TRIGGER refuse_expiry BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION refuse_expiry()")
                .update();
        try {
            int expired = mediator.send(new ExpireUnpaidOrders(1000));

            assertThat(expired).isGreaterThanOrEqualTo(2);
        } finally {
            jdbc.sql("DROP TRIGGER refuse_expiry ON orders").update();
            jdbc.sql("DROP FUNCTION refuse_expiry()").update();
        }
        assertThat(status(first)).isEqualTo("EXPIRED");
        assertThat(status(last)).isEqualTo("EXPIRED");
        assertThat(status(failing)).isEqualTo("PENDING");

        mediator.send(new ExpireUnpaidOrders(1000));
        assertThat(status(failing)).isEqualTo("EXPIRED");
    }

    @Test
    void noRowLockIsHeldWhileTheProviderChargesAndAnOrderCancelledMeanwhileIsRefunded(CapturedOutput output)
            throws Exception {
        var customer = UUID.randomUUID();
        var order = awaitingPayment(customer);
        var api = as(customer(customer));

        try (var pool = Executors.newSingleThreadExecutor()) {
            var payment =
                    pool.submit(() -> api.post("/api/ordering/orders/" + order + "/payment", card(SLOW_CARD, "123")));
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> output.getAll().contains("Simulated slow payment started for order " + order));

            // the charge is running: the row is free (NOWAIT fails at once if anyone holds it) and a cancel goes
            // through
            var locked =
                    transactions.execute(status -> jdbc.sql("SELECT id FROM orders WHERE id = :id FOR UPDATE NOWAIT")
                            .param("id", order)
                            .query(UUID.class)
                            .single());
            assertThat(locked).isEqualTo(order);
            var cancelled = api.post("/api/ordering/orders/" + order + "/cancel", null);
            assertThat(cancelled.status()).isEqualTo(200);
            assertThat(payment.isDone())
                    .as("cancel answered while the charge was still running")
                    .isFalse();

            var paid = payment.get();
            var refused = assertProblem(paid, 409, "ORDERING.ILLEGAL_TRANSITION");
            assertThat(refused.get("from").asString()).isEqualTo("CANCELLED");
        }
        assertThat(status(order)).isEqualTo("CANCELLED");
        assertThat(output.getAll()).contains("Order " + order + " moved to CANCELLED while it was charged");
    }

    @Test
    void aCancelledPaidOrderIsRefundedOnceEvenWhenTheRefundIsRetried() {
        var customer = UUID.randomUUID();
        var order = awaitingPayment(customer);
        var api = as(customer(customer));
        api.post("/api/ordering/orders/" + order + "/payment", card("4242424242424242", "123"));

        var cancelled =
                api.post("/api/ordering/orders/" + order + "/cancel", null).json();
        assertThat(cancelled.get("payment").get("status").asString()).isEqualTo("REFUNDED");
        var reference = cancelled.get("payment").get("providerReference").asString();
        var refund = jdbc.sql("SELECT refund_reference FROM orders WHERE id = :id")
                .param("id", order)
                .query(String.class)
                .single();

        // a lost refund (crash between the cancel's commit and the provider's answer) is retried by the job
        jdbc.sql("UPDATE orders SET refund_reference = NULL, refunded_at = NULL WHERE id = :id")
                .param("id", order)
                .update();
        assertThat(api.get("/api/ordering/orders/" + order)
                        .json()
                        .get("payment")
                        .get("status")
                        .asString())
                .isEqualTo("REFUND_PENDING");
        var ids = mediator.send(new org.emporium.ordering.application.FindOrdersAwaitingRefund(1000));
        assertThat(ids).contains(order);
        assertThat(mediator.send(new org.emporium.ordering.application.RefundOrder(
                        new org.emporium.ordering.domain.OrderId(order))))
                .isTrue();
        assertThat(mediator.send(new org.emporium.ordering.application.RefundOrder(
                        new org.emporium.ordering.domain.OrderId(order))))
                .isFalse();

        var after = api.get("/api/ordering/orders/" + order).json().get("payment");
        assertThat(after.get("status").asString()).isEqualTo("REFUNDED");
        assertThat(after.get("providerReference").asString()).isEqualTo(reference);
        assertThat(jdbc.sql("SELECT refund_reference FROM orders WHERE id = :id")
                        .param("id", order)
                        .query(String.class)
                        .single())
                .as("the provider refunds one charge once")
                .isEqualTo(refund);
    }
}
