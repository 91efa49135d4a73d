package org.emporium.statistics.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;
import org.emporium.contracts.discount.CouponRedeemed;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.contracts.ordering.OrderStatusChanged.Line;
import org.emporium.contracts.ordering.OrderStatusChanged.Totals;
import org.emporium.platform.mediator.Mediator;
import org.emporium.statistics.application.RecordEvent;
import org.emporium.statistics.support.StatisticsIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The events of one transaction are stored and applied together (one multi-row statement per table), with the same
 * rules as one at a time. The same scenario — a payment before its placement, a transition and a redemption and a
 * review republished under new event ids, one event id twice, two orders of one customer and product on one day, a
 * review change older than the current rating, a sign-up twice — is recorded once as one transaction (as the batch
 * consumer does, through the same mediator; 2023-06-10) and once one transaction per event (2023-07-10): both give
 * the same hand-computed figures, and a second transaction with an id already stored changes nothing. No other test
 * uses 2023.
 */
class BatchedRecordingIT extends StatisticsIntegrationTest {

    @Autowired
    Mediator mediator;

    record Scenario(LocalDate day, UUID product, UUID reviewed, List<RecordEvent> events) {}

    static Scenario scenario(LocalDate day) {
        var product = UUID.randomUUID();
        var reviewed = UUID.randomUUID();
        var customer = UUID.randomUUID();
        var first = UUID.randomUUID();
        var second = UUID.randomUUID();
        var cancelled = UUID.randomUUID();
        var user = UUID.randomUUID();
        var at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
        var firstTotals =
                new Totals("EUR", new BigDecimal("8.00"), new BigDecimal("1.00"), new BigDecimal("7.00"), "JUNE");
        var firstLines = List.of(line(product, 2));
        var placement = record(status(first, customer, "AWAITING_PAYMENT", "PENDING", 1, at, firstTotals, firstLines));
        var events = new ArrayList<RecordEvent>();
        events.add(record(status(first, customer, "AWAITING_PAYMENT", "PAID", 3, at, firstTotals, firstLines)));
        events.add(placement);
        events.add(placement);
        events.add(record(status(first, customer, "AWAITING_PAYMENT", "PAID", 3, at, firstTotals, firstLines)));
        var secondTotals = new Totals("EUR", new BigDecimal("4.00"), BigDecimal.ZERO, new BigDecimal("4.00"), null);
        events.add(record(
                status(second, customer, "AWAITING_PAYMENT", "PAID", 3, at, secondTotals, List.of(line(product, 1)))));
        var redemption =
                new CouponRedeemed(first, UUID.randomUUID(), "JUNE", customer, "EUR", new BigDecimal("1.00"), at);
        events.add(record(redemption));
        events.add(record(redemption));
        var published =
                new ReviewPublished(UUID.randomUUID(), reviewed, customer, 4, true, new BigDecimal("4.00"), 1, 1, at);
        events.add(record(published));
        events.add(record(published));
        events.add(record(
                new ReviewPublished(UUID.randomUUID(), reviewed, customer, 2, true, new BigDecimal("3.00"), 2, 3, at)));
        events.add(record(new ReviewRemoved(UUID.randomUUID(), reviewed, "spam", new BigDecimal("4.00"), 1, 2, at)));
        events.add(record(new UserRegistered(user, "u@example.com", "U", at)));
        events.add(record(new UserRegistered(user, "u@example.com", "U", at.plusSeconds(86_400))));
        events.add(record(new OrderCancelled(cancelled, "changed mind", at)));
        events.add(record(status(cancelled, customer, "PENDING", "CANCELLED", 2, at, secondTotals, List.of())));
        return new Scenario(day, product, reviewed, events);
    }

    static OrderStatusChanged status(
            UUID order, UUID customer, String from, String to, int seq, Instant at, Totals totals, List<Line> lines) {
        return new OrderStatusChanged(
                order, customer, "PENDING".equals(to) ? null : from, to, null, totals, lines, seq, at);
    }

    static Line line(UUID product, int quantity) {
        return new Line(
                product,
                "Oscar",
                null,
                quantity,
                new BigDecimal("4.00"),
                new BigDecimal("4.00").multiply(BigDecimal.valueOf(quantity)));
    }

    static RecordEvent record(IntegrationEvent event) {
        return new RecordEvent(UUID.randomUUID(), event.routingKey(), Instant.now(), event);
    }

    @Test
    void oneTransactionOfEventsGivesTheFiguresOfOneTransactionPerEvent() {
        var batched = scenario(LocalDate.of(2023, 6, 10));
        transactions.executeWithoutResult(status -> batched.events().forEach(mediator::send));
        var single = scenario(LocalDate.of(2023, 7, 10));
        single.events().forEach(mediator::send);

        for (var scenario : List.of(batched, single)) {
            assertFigures(scenario);
            assertThat(stored(scenario)).isEqualTo(14);
        }

        // An id stored before, in a later transaction: neither stored nor applied again.
        var consumed = consumedEvents();
        transactions.executeWithoutResult(
                status -> mediator.send(batched.events().getFirst()));
        assertThat(consumedEvents()).isEqualTo(consumed);
        assertFigures(batched);
    }

    long stored(Scenario scenario) {
        return scenario.events().stream()
                .map(RecordEvent::eventId)
                .distinct()
                .filter(id -> jdbc.sql("SELECT count(*) FROM consumed_events WHERE event_id = :id")
                                .param("id", id)
                                .query(Long.class)
                                .single()
                        == 1)
                .count();
    }

    JsonNode sections(String path) {
        var response = admin().get(path);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return ReportsIT.EXACT.readTree(response.body()).get("sections");
    }

    void assertFigures(Scenario scenario) {
        var range = "from=" + scenario.day() + "&to=" + scenario.day().plusDays(1);
        var sales = sections("/api/statistics/sales?" + range);
        // Placed once (the placement twice under one id), paid twice (the first order's payment republished once),
        // the cancellation before its placement counted; gross 8 + 4, net 7 + 4, average 11 / 2.
        assertThat(sales.get("totals").toString())
                .isEqualTo("[{\"currency\":\"EUR\",\"placed\":1,\"awaitingPayment\":0,\"paid\":2,\"shipped\":0,"
                        + "\"delivered\":0,\"cancelled\":1,\"expired\":0,\"gross\":12.00,\"discount\":1.00,\"net\":11.00,"
                        + "\"refunded\":0.00,\"averageOrderValue\":5.50}]");
        var products = sections("/api/statistics/products?" + range);
        assertThat(products.get("topByUnits").toString())
                .isEqualTo("[{\"productId\":\"" + scenario.product() + "\",\"name\":\"Oscar\",\"units\":3}]");
        assertThat(products.get("topByRevenue").toString())
                .isEqualTo("[{\"productId\":\"" + scenario.product()
                        + "\",\"name\":\"Oscar\",\"currency\":\"EUR\",\"revenue\":12.00}]");
        var customers = sections("/api/statistics/customers?" + range);
        assertThat(customers.get("signups").toString())
                .isEqualTo("[{\"period\":\"" + scenario.day() + "\",\"signups\":1}]");
        assertThat(customers.get("buyers").toString())
                .isEqualTo("[{\"buyers\":1,\"repeatBuyers\":1,\"repeatBuyerShare\":1.0000}]");
        var coupons = sections("/api/statistics/coupons?" + range);
        assertThat(coupons.get("coupons").toString())
                .isEqualTo("[{\"code\":\"JUNE\",\"redemptions\":1,\"releases\":0}]");
        assertThat(coupons.get("discounts").toString())
                .isEqualTo("[{\"code\":\"JUNE\",\"currency\":\"EUR\",\"discount\":1.00}]");
        // Versions 1 (4 stars) and 3 (2 stars) published, version 2 removed; the current rating is version 3's.
        var reviews = sections("/api/statistics/reviews?" + range);
        assertThat(reviews.get("products").toString())
                .isEqualTo("[{\"productId\":\"" + scenario.reviewed() + "\",\"published\":2,\"removed\":1,"
                        + "\"averageRating\":3.00,\"currentAverageRating\":3.00,\"currentReviewCount\":2}]");
    }
}
