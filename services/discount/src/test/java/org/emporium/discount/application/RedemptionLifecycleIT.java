package org.emporium.discount.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.discount.support.DiscountIntegrationTest;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventOutbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

class RedemptionLifecycleIT extends DiscountIntegrationTest {
    @Autowired
    EventOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Mediator mediator;

    @Test
    void reservingTwiceGivesTheSameReservationAndReleasingIsIdempotent() {
        var code = code("idem");
        createCoupon(percentage(code, "10"));
        var order = UUID.randomUUID();
        var body = reservation(order, UUID.randomUUID(), code, "19.99");

        var first = ordering().post("/internal/redemptions", body);
        assertThat(first.status()).isEqualTo(201);
        assertThat(first.json().get("state").asString()).isEqualTo("RESERVED");
        assertThat(first.body()).contains("\"discount\":2.00", "\"total\":17.99");
        var again = ordering().post("/internal/redemptions", body);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(first.json());
        assertThat(activeRedemptions(code)).isEqualTo(1);

        assertThat(ordering().delete("/internal/redemptions/" + order).status()).isEqualTo(204);
        assertThat(ordering().delete("/internal/redemptions/" + order).status()).isEqualTo(204);
        assertThat(ordering()
                        .delete("/internal/redemptions/" + UUID.randomUUID())
                        .status())
                .isEqualTo(204);
        assertThat(state(order)).isEqualTo("RELEASED");
        assertThat(outboxCount("discount.coupon-released", order)).isEqualTo(1);
        assertThat(activeRedemptions(code)).isZero();
    }

    /** The coupon's kept count of active redemptions, checked against a count of its rows. */
    private long activeRedemptions(String code) {
        var kept = jdbc.sql("SELECT active_redemptions FROM coupons WHERE code = :code")
                .param("code", code)
                .query(Long.class)
                .single();
        var counted = jdbc.sql("SELECT count(*) FROM redemptions WHERE code = :code AND state <> 'RELEASED'")
                .param("code", code)
                .query(Long.class)
                .single();
        assertThat(kept).as("kept count = rows").isEqualTo(counted);
        return kept;
    }

    @Test
    void aRejectedReservationSaysWhy() {
        var response = ordering()
                .post("/internal/redemptions", reservation(UUID.randomUUID(), UUID.randomUUID(), "SAVE5", "10"));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().get("code").asString()).isEqualTo("DISCOUNT.COUPON_REJECTED");
        assertThat(response.json().get("reason").asString()).isEqualTo("MINIMUM_NOT_MET");
        assertThat(response.json().get("missingAmount").decimalValue()).isEqualByComparingTo("40.00");
    }

    @Test
    void aPaidOrderRedeemsItsCouponOnceAndACancelledOneReleasesIt() {
        var code = code("life");
        var body = percentage(code, "10");
        body.put("maxRedemptions", 1);
        var coupon = createCoupon(body);
        var customer = UUID.randomUUID();
        var paid = UUID.randomUUID();
        ordering().post("/internal/redemptions", reservation(paid, customer, code, "50"));

        var event = status(paid, customer, "PAID");
        publish(event);
        publish(event);
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(state(paid)).isEqualTo("REDEEMED"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(outboxCount("discount.coupon-redeemed", paid))
                        .isEqualTo(1));

        // the limit of one is used: a second order is refused, until the first is cancelled after payment
        assertThat(ordering()
                        .post("/internal/redemptions", reservation(UUID.randomUUID(), UUID.randomUUID(), code, "50"))
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("EXHAUSTED");
        publish(status(paid, customer, "CANCELLED"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(state(paid)).isEqualTo("RELEASED"));
        assertThat(ordering()
                        .post("/internal/redemptions", reservation(UUID.randomUUID(), UUID.randomUUID(), code, "50"))
                        .status())
                .isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM redemptions WHERE coupon_id = :c")
                        .param("c", coupon)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aFirstOrderCouponIsRefusedOnceTheCustomerHasPaidAnOrder() {
        var code = code("first");
        var body = percentage(code, "10");
        body.put("firstOrderOnly", true);
        createCoupon(body);
        var customer = UUID.randomUUID();
        var order = UUID.randomUUID();
        publish(status(order, customer, "PAID"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(jdbc.sql("SELECT count(*) FROM paid_orders WHERE customer_id = :c")
                                .param("c", customer)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1));
        assertThat(as(customer(customer))
                        .post("/api/discount/quotes", quote(code, List.of(line("10", 1))))
                        .json()
                        .get("reason")
                        .asString())
                .isEqualTo("FIRST_ORDER_ONLY");
    }

    @Test
    void theExpiryJobReleasesReservationsWhoseHoldEnded() {
        var code = code("hold");
        createCoupon(percentage(code, "10"));
        var late = UUID.randomUUID();
        var fresh = UUID.randomUUID();
        ordering().post("/internal/redemptions", reservation(late, UUID.randomUUID(), code, "10"));
        ordering().post("/internal/redemptions", reservation(fresh, UUID.randomUUID(), code, "10"));
        jdbc.sql("UPDATE redemptions SET expires_at = now() - interval '1 minute' WHERE order_id = :o")
                .param("o", late)
                .update();

        int released = mediator.send(new ReleaseExpiredReservations(1000));

        assertThat(released).isGreaterThanOrEqualTo(1);
        assertThat(state(late)).isEqualTo("RELEASED");
        assertThat(state(fresh)).isEqualTo("RESERVED");
        assertThat(outboxCount("discount.coupon-released", late)).isEqualTo(1);
    }

    private static OrderStatusChanged status(UUID order, UUID customer, String to) {
        return new OrderStatusChanged(
                order,
                customer,
                "AWAITING_PAYMENT",
                to,
                null,
                new OrderStatusChanged.Totals(
                        "EUR", new BigDecimal("50.00"), BigDecimal.ZERO, new BigDecimal("50.00"), null),
                List.of(),
                3,
                Instant.now());
    }

    private void publish(IntegrationEvent event) {
        transactions.executeWithoutResult(status -> outbox.add(event));
    }

    private long outboxCount(String type, UUID order) {
        return jdbc.sql("SELECT count(*) FROM " + outboxTable() + " WHERE routing_key = :type AND subject = :order")
                .param("type", type)
                .param("order", order.toString())
                .query(Long.class)
                .single();
    }

    private static String outboxTable() {
        return "emporium_outbox";
    }
}
