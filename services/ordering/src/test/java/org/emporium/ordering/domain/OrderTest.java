package org.emporium.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrderTest {
    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final UUID CUSTOMER = UUID.randomUUID();

    static OrderLine line(String price, int quantity, String discount) {
        var unit = new BigDecimal(price);
        return new OrderLine(
                UUID.randomUUID(),
                "Kettle",
                null,
                quantity,
                unit,
                unit.multiply(BigDecimal.valueOf(quantity)),
                new BigDecimal(discount));
    }

    static Order placed() {
        var lines = List.of(line("12.50", 2, "1.00"), line("10.00", 1, "0.50"));
        return Order.place(OrderId.random(), CUSTOMER, lines, Totals.of("EUR", lines, "SAVE"), 7L, T0);
    }

    @Test
    void aPlacedOrderIsPendingWithOneHistoryEntryAndThePlacedEvents() {
        var order = placed();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.history()).containsExactly(new StatusChange(1, null, OrderStatus.PENDING, null, T0));
        assertThat(order.totals().subtotal()).isEqualByComparingTo("35.00");
        assertThat(order.totals().discount()).isEqualByComparingTo("1.50");
        assertThat(order.totals().total()).isEqualByComparingTo("33.50");
        assertThat(order.pullEvents())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Placed", "StatusChanged");
        assertThat(order.pullEvents()).isEmpty();
    }

    @Test
    void anOrderOfNoLinesIsAnEmptyBasket() {
        assertThatThrownBy(() ->
                        Order.place(OrderId.random(), CUSTOMER, List.of(), Totals.of("EUR", List.of(), null), 0L, T0))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo(OrderingErrors.BASKET_EMPTY);
    }

    @Test
    void theHappyPathRecordsEveryTransitionInOrder() {
        var order = placed();
        order.pullEvents();

        assertThat(order.stockReserved(T0.plusSeconds(1))).isTrue();
        order.paid(new Payment("4242", "sim_1", T0.plusSeconds(2), null), T0.plusSeconds(2));
        order.ship(T0.plusSeconds(3));
        order.deliver(T0.plusSeconds(4));

        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.history())
                .extracting(StatusChange::sequence, StatusChange::from, StatusChange::to)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, null, OrderStatus.PENDING),
                        org.assertj.core.groups.Tuple.tuple(2, OrderStatus.PENDING, OrderStatus.AWAITING_PAYMENT),
                        org.assertj.core.groups.Tuple.tuple(3, OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID),
                        org.assertj.core.groups.Tuple.tuple(4, OrderStatus.PAID, OrderStatus.SHIPPED),
                        org.assertj.core.groups.Tuple.tuple(5, OrderStatus.SHIPPED, OrderStatus.DELIVERED));
        assertThat(order.pullEvents()).hasSize(4).allMatch(e -> e instanceof OrderEvent.StatusChanged);
        assertThat(order.payment()).isNotNull();
        assertThat(order.updatedAt()).isEqualTo(T0.plusSeconds(4));
    }

    @Test
    void anIllegalTransitionIsA409NamingFromAndTo() {
        var order = placed();

        assertThatThrownBy(() -> order.ship(T0)).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("ORDERING.ILLEGAL_TRANSITION");
            assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
            assertThat(e.details()).containsEntry("from", "PENDING").containsEntry("to", "SHIPPED");
            assertThat(e.getMessage()).contains("PENDING").contains("SHIPPED");
        });
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.history()).hasSize(1);
    }

    @Test
    void paymentIsOnlyPossibleWhileAwaitingPayment() {
        var order = placed();
        var payment = new Payment("4242", "sim_1", T0, null);

        assertThatThrownBy(() -> order.paid(payment, T0))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .containsEntry("from", "PENDING")
                                .containsEntry("to", "PAID"));
        order.stockReserved(T0);
        order.paid(payment, T0);
        assertThatThrownBy(() -> order.paid(payment, T0))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.details()).containsEntry("from", "PAID"));
    }

    @Test
    void stockRejectedCancelsAPendingOrderWithItsReasonAndKeepsTheRejectedLines() {
        var order = placed();
        order.pullEvents();
        var shortfall = new StockShortfall(order.lines().getFirst().productId(), 2, 1, "INSUFFICIENT_STOCK");

        assertThat(order.stockRejected(List.of(shortfall), T0)).isTrue();

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.stockShortfalls()).containsExactly(shortfall);
        assertThat(order.history().getLast().reason()).isEqualTo(CancelReason.STOCK_REJECTED);
        assertThat(order.pullEvents())
                .containsExactly(
                        new OrderEvent.StatusChanged(order, order.history().getLast()),
                        new OrderEvent.Cancelled(order, CancelReason.STOCK_REJECTED, T0));
    }

    @Test
    void aLateSagaEventIsIgnoredOnceTheOrderMovedOn() {
        var order = placed();
        order.cancelByCustomer(null, T0);
        order.pullEvents();

        assertThat(order.stockReserved(T0)).isFalse();
        assertThat(order.stockRejected(List.of(), T0)).isFalse();
        assertThat(order.stockShortfalls()).isEmpty();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.pullEvents()).isEmpty();
    }

    @Test
    void aCustomerMayCancelUntilShippedAndAPaidOrderIsRefunded() {
        var order = placed();
        order.stockReserved(T0);
        order.paid(new Payment("4242", "sim_1", T0, null), T0);

        order.cancelByCustomer("  changed my mind ", T0);
        assertThat(order.awaitsRefund()).isTrue();
        order.refunded("sim_r1", T0.plusSeconds(1));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.history().getLast().reason()).isEqualTo(CancelReason.CUSTOMER_REQUEST);
        assertThat(order.cancelNote()).isEqualTo("changed my mind");
        assertThat(order.wasPaid()).isTrue();
        assertThat(order.awaitsRefund()).isFalse();
        assertThat(order.payment().refundReference()).isEqualTo("sim_r1");
        assertThatThrownBy(() -> order.refunded("sim_r2", T0)).isInstanceOf(IllegalStateException.class);

        var shipped = placed();
        shipped.stockReserved(T0);
        shipped.paid(new Payment("4242", "sim_2", T0, null), T0);
        shipped.ship(T0);
        assertThatThrownBy(() -> shipped.cancelByCustomer(null, T0))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .containsEntry("from", "SHIPPED")
                                .containsEntry("to", "CANCELLED"));
    }

    @Test
    void aNewOrderShipsOnlyToAnExistingCountryCode() {
        var lines = List.of(line("10.00", 1, "0.00"));
        var totals = Totals.of("EUR", lines, null);

        var placed = Order.place(
                OrderId.random(),
                CUSTOMER,
                lines,
                totals,
                null,
                new ShippingAddress("A", "B", null, "1", "C", "CH"),
                T0);

        assertThat(placed.shippingAddress().country()).isEqualTo("CH");
        assertThatThrownBy(() -> Order.place(
                        OrderId.random(),
                        CUSTOMER,
                        lines,
                        totals,
                        null,
                        new ShippingAddress("A", "B", null, "1", "C", "XX"),
                        T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new ShippingAddress("A", "B", null, "1", "C", "XX").country())
                .as("a stored order from before the check stays readable")
                .isEqualTo("XX");
    }

    @Test
    void anAdminsCancellationIsRecordedAsAdminWithItsNote() {
        var order = placed();
        order.stockReserved(T0);

        order.cancelByAdmin("fraud suspected", T0);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.history().getLast().reason()).isEqualTo(CancelReason.ADMIN);
        assertThat(order.cancelNote()).isEqualTo("fraud suspected");
        assertThat(order.awaitsRefund()).isFalse();
        assertThatThrownBy(() -> placed().cancelByAdmin("x".repeat(Order.MAX_NOTE_LENGTH + 1), T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyUnpaidOrdersExpire() {
        var pending = placed();
        assertThat(pending.expire(T0)).isTrue();
        assertThat(pending.status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(pending.pullEvents())
                .anyMatch(e -> e instanceof OrderEvent.Cancelled c && c.reason() == CancelReason.PAYMENT_TIMEOUT);

        var paid = placed();
        paid.stockReserved(T0);
        paid.paid(new Payment("4242", "sim_1", T0, null), T0);
        assertThat(paid.expire(T0)).isFalse();
        assertThat(paid.status()).isEqualTo(OrderStatus.PAID);
    }

    @ParameterizedTest
    @EnumSource(
            value = OrderStatus.class,
            names = {"DELIVERED", "CANCELLED", "EXPIRED"})
    void finalStatusesGoNowhere(OrderStatus status) {
        assertThat(status.isFinal()).isTrue();
        for (var to : OrderStatus.values()) {
            assertThat(status.canMoveTo(to)).isFalse();
        }
    }

    @Test
    void theStateMachineAllowsExactlyTheDocumentedMoves() {
        assertThat(OrderStatus.PENDING.next())
                .containsExactlyInAnyOrder(OrderStatus.AWAITING_PAYMENT, OrderStatus.CANCELLED, OrderStatus.EXPIRED);
        assertThat(OrderStatus.AWAITING_PAYMENT.next())
                .containsExactlyInAnyOrder(OrderStatus.PAID, OrderStatus.CANCELLED, OrderStatus.EXPIRED);
        assertThat(OrderStatus.PAID.next()).containsExactlyInAnyOrder(OrderStatus.SHIPPED, OrderStatus.CANCELLED);
        assertThat(OrderStatus.SHIPPED.next()).containsExactly(OrderStatus.DELIVERED);
    }

    @Test
    void moneyIsRoundedToTheCurrencysMinorUnit() {
        assertThat(Money.round(new BigDecimal("12.345"), "EUR")).isEqualByComparingTo("12.34");
        assertThat(Money.round(new BigDecimal("12.355"), "EUR")).isEqualByComparingTo("12.36");
        assertThat(Money.round(new BigDecimal("1234.5"), "JPY")).isEqualByComparingTo("1234");
        assertThat(Money.round(new BigDecimal("1.2345"), "KWD")).isEqualByComparingTo("1.234");
        assertThat(Money.same(new BigDecimal("12.5"), new BigDecimal("12.50"), "EUR"))
                .isTrue();
    }
}
