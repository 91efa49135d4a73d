package org.emporium.ordering.infrastructure.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderLine;
import org.emporium.ordering.domain.Payment;
import org.emporium.ordering.domain.Totals;
import org.junit.jupiter.api.Test;

class ContractEventsTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

    private static Order placed() {
        var lines = List.of(new OrderLine(
                UUID.randomUUID(),
                "Kettle",
                UUID.randomUUID(),
                2,
                new BigDecimal("12.50"),
                new BigDecimal("25.00"),
                new BigDecimal("2.50")));
        return Order.place(OrderId.random(), UUID.randomUUID(), lines, Totals.of("EUR", lines, "SAVE10"), 7L, T0);
    }

    @Test
    void placingPublishesOrderPlacedWithCouponAndBasketRevisionThenTheFirstStatus() {
        var order = placed();

        var events = order.pullEvents().stream().map(ContractEvents::of).toList();

        assertThat(events.get(0)).isInstanceOfSatisfying(OrderPlaced.class, e -> {
            assertThat(e.orderId()).isEqualTo(order.id().value());
            assertThat(e.couponCode()).isEqualTo("SAVE10");
            assertThat(e.basketRevision()).isEqualTo(7L);
            assertThat(e.lines()).singleElement().satisfies(l -> {
                assertThat(l.quantity()).isEqualTo(2);
                assertThat(l.currency()).isEqualTo("EUR");
            });
        });
        assertThat(events.get(1)).isInstanceOfSatisfying(OrderStatusChanged.class, e -> {
            assertThat(e.from()).isNull();
            assertThat(e.to()).isEqualTo("PENDING");
            assertThat(e.historySequence()).isEqualTo(1);
            assertThat(e.lines()).isEmpty();
            assertThat(e.totals().total()).isEqualByComparingTo("22.50");
        });
    }

    @Test
    void paidCarriesTheLinesAndACancellationPublishesOrderCancelled() {
        var again = placed();
        again.stockReserved(T0);
        again.paid(new Payment("4242", "sim_2", T0, null), T0.plusSeconds(5));
        again.cancelByCustomer(null, T0.plusSeconds(9));
        var events = again.pullEvents().stream().map(ContractEvents::of).toList();

        assertThat(events).hasSize(6);
        assertThat(events.get(3)).isInstanceOfSatisfying(OrderStatusChanged.class, e -> {
            assertThat(e.from()).isEqualTo("AWAITING_PAYMENT");
            assertThat(e.to()).isEqualTo("PAID");
            assertThat(e.historySequence()).isEqualTo(3);
            assertThat(e.lines())
                    .singleElement()
                    .satisfies(l -> assertThat(l.productName()).isEqualTo("Kettle"));
        });
        assertThat(events.get(4)).isInstanceOfSatisfying(OrderStatusChanged.class, e -> {
            assertThat(e.to()).isEqualTo("CANCELLED");
            assertThat(e.reason()).isEqualTo("CUSTOMER_REQUEST");
            assertThat(e.lines()).isEmpty();
        });
        assertThat(events.get(5))
                .isEqualTo(new OrderCancelled(again.id().value(), "CUSTOMER_REQUEST", T0.plusSeconds(9)));
    }
}
