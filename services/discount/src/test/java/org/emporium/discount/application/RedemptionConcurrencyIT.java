package org.emporium.discount.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.emporium.discount.support.DiscountIntegrationTest;
import org.emporium.platform.test.ApiClient;
import org.junit.jupiter.api.Test;

/** The limits hold however many reservations arrive at once (the coupon's row lock, not luck). */
class RedemptionConcurrencyIT extends DiscountIntegrationTest {

    @Test
    void twentyConcurrentOrdersOfACouponLimitedToFiveReserveExactlyFive() throws Exception {
        var code = code("FIVE");
        var body = percentage(code, "10");
        body.put("maxRedemptions", 5);
        var coupon = createCoupon(body);

        var answers = reserveConcurrently(20, i -> reservation(UUID.randomUUID(), UUID.randomUUID(), code, "30.00"));

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(5);
        var refused = answers.stream().filter(a -> a.status() == 422).toList();
        assertThat(refused).hasSize(15);
        assertThat(refused).allSatisfy(a -> {
            assertThat(a.json().get("code").asString()).isEqualTo("DISCOUNT.COUPON_REJECTED");
            assertThat(a.json().get("reason").asString()).isEqualTo("EXHAUSTED");
        });
        assertThat(active(coupon)).isEqualTo(5);
    }

    @Test
    void tenConcurrentOrdersOfOneCustomerOfACouponLimitedToOnePerCustomerReserveExactlyOne() throws Exception {
        var code = code("ONCE");
        var body = percentage(code, "10");
        body.put("maxPerCustomer", 1);
        var coupon = createCoupon(body);
        var customer = UUID.randomUUID();

        var answers = reserveConcurrently(10, i -> reservation(UUID.randomUUID(), customer, code, "30.00"));

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 422))
                .hasSize(9)
                .allSatisfy(a -> assertThat(a.json().get("reason").asString()).isEqualTo("CUSTOMER_LIMIT_REACHED"));
        assertThat(active(coupon)).isEqualTo(1);
    }

    @Test
    void theSameOrderReservedConcurrentlyGetsOneReservation() throws Exception {
        var code = code("SAME");
        var coupon = createCoupon(percentage(code, "10"));
        var order = UUID.randomUUID();
        var customer = UUID.randomUUID();

        var answers = reserveConcurrently(8, i -> reservation(order, customer, code, "30.00"));

        assertThat(answers.stream().filter(a -> a.status() == 201)).hasSize(1);
        assertThat(answers.stream().filter(a -> a.status() == 200)).hasSize(7);
        assertThat(active(coupon)).isEqualTo(1);
    }

    private List<ApiClient.Response> reserveConcurrently(int count, java.util.function.IntFunction<Object> body)
            throws Exception {
        var start = new CountDownLatch(1);
        var calls = new ArrayList<Callable<ApiClient.Response>>();
        for (int i = 0; i < count; i++) {
            var request = body.apply(i);
            calls.add(() -> {
                start.await();
                return ordering().post("/internal/redemptions", request);
            });
        }
        var answers = new ArrayList<ApiClient.Response>();
        try (var pool = Executors.newFixedThreadPool(count)) {
            var futures = calls.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                answers.add(future.get());
            }
        }
        return answers;
    }

    private long active(UUID coupon) {
        return jdbc.sql("SELECT count(*) FROM redemptions WHERE coupon_id = :id AND state <> 'RELEASED'")
                .param("id", coupon)
                .query(Long.class)
                .single();
    }
}
