package org.emporium.catalog.application.stock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.catalog.fixtures.ProductFixture.NOW;
import static org.emporium.catalog.fixtures.ProductFixture.aProduct;
import static org.emporium.catalog.fixtures.StockReservationFixture.aStockReservation;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.domain.stock.OrderId;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.ReservationStatus;
import org.emporium.catalog.domain.stock.StockReservationEvent;
import org.emporium.catalog.fixtures.InMemoryProducts;
import org.emporium.catalog.fixtures.InMemoryStockReservations;
import org.junit.jupiter.api.Test;

/** Reserving and releasing stock through the handlers, without Spring: the reservation's events are the answer. */
class StockHandlersTest {
    private final InMemoryProducts products = new InMemoryProducts();
    private final InMemoryStockReservations reservations = new InMemoryStockReservations();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final ReserveStockHandler reserve = new ReserveStockHandler(products, reservations, clock);
    private final ReleaseStockHandler release = new ReleaseStockHandler(products, reservations, clock);
    private final UUID order = UUID.randomUUID();

    @Test
    void reservesEveryLineAndAnswersStockReserved() {
        var mug = aProduct().active().withStock(5).build();
        products.with(mug);

        reserve.handle(new ReserveStock(order, List.of(new OrderLine(mug.id().value(), 2))));

        assertThat(products.stored(mug).stock()).isEqualTo(3);
        assertThat(reservations.published())
                .singleElement()
                .isInstanceOfSatisfying(
                        StockReservationEvent.StockReserved.class,
                        reserved -> assertThat(reserved.lines()).containsExactly(new ReservationLine(mug.id(), 2)));
        assertThat(products.published()).isEmpty(); // a reservation is not a product update for subscribers
    }

    @Test
    void reservesNothingAndAnswersStockRejectedWhenALineFails() {
        var mug = aProduct().active().withStock(5).build();
        var tea = aProduct().active().withStock(1).build();
        products.with(mug, tea);

        reserve.handle(new ReserveStock(
                order,
                List.of(
                        new OrderLine(mug.id().value(), 2),
                        new OrderLine(tea.id().value(), 2))));

        assertThat(products.stored(mug).stock()).isEqualTo(5);
        assertThat(products.saves()).isZero();
        assertThat(reservations.published())
                .singleElement()
                .isInstanceOfSatisfying(
                        StockReservationEvent.StockRejected.class,
                        rejected -> assertThat(rejected.lines())
                                .singleElement()
                                .satisfies(line -> assertThat(line.productId()).isEqualTo(tea.id())));
    }

    @Test
    void aSecondOrderPlacedForTheSameOrderDoesNothing() {
        var mug = aProduct().active().withStock(5).build();
        products.with(mug);
        var command = new ReserveStock(order, List.of(new OrderLine(mug.id().value(), 2)));
        reserve.handle(command);

        reserve.handle(command);

        assertThat(products.stored(mug).stock()).isEqualTo(3);
        assertThat(reservations.published()).hasSize(1);
    }

    @Test
    void releasePutsTheStockBackOnceAndAnswersStockReleased() {
        var mug = aProduct().active().withStock(3).build();
        products.with(mug);
        reservations.with(aStockReservation()
                .forOrder(new OrderId(order))
                .reserving(mug.id(), 2)
                .build());

        release.handle(new ReleaseStock(order));
        release.handle(new ReleaseStock(order));

        assertThat(products.stored(mug).stock()).isEqualTo(5);
        assertThat(reservations.published()).singleElement().isInstanceOf(StockReservationEvent.StockReleased.class);
    }

    @Test
    void aCancellationBeforeTheOrderLeavesAMarkerSoTheLateOrderReservesNothing() {
        var mug = aProduct().active().withStock(3).build();
        products.with(mug);

        release.handle(new ReleaseStock(order));
        reserve.handle(new ReserveStock(order, List.of(new OrderLine(mug.id().value(), 2))));

        assertThat(reservations.byOrder(new OrderId(order)).orElseThrow().status())
                .isEqualTo(ReservationStatus.CANCELLED);
        assertThat(products.stored(mug).stock()).isEqualTo(3);
        assertThat(reservations.published()).isEmpty();
    }
}
