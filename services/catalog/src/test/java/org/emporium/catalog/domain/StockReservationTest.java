package org.emporium.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.catalog.fixtures.ProductFixture.NOW;
import static org.emporium.catalog.fixtures.ProductFixture.aProduct;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.StockShortage;
import org.emporium.catalog.domain.stock.OrderId;
import org.emporium.catalog.domain.stock.RejectedLine;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.ReservationStatus;
import org.emporium.catalog.domain.stock.StockReservation;
import org.junit.jupiter.api.Test;

class StockReservationTest {
    private final OrderId order = new OrderId(UUID.randomUUID());

    @Test
    void reservesEveryLineWhenAllAreAvailable() {
        var mug = aProduct().active().withStock(5).build();
        var tea = aProduct().active().withStock(2).build();

        var reservation = StockReservation.reserve(order, List.of(line(mug, 2), line(tea, 2)), products(mug, tea), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.RESERVED);
        assertThat(mug.stock()).isEqualTo(3);
        assertThat(tea.stock()).isZero();
    }

    @Test
    void reservesNothingWhenOneLineFails() {
        var mug = aProduct().active().withStock(5).build();
        var tea = aProduct().active().withStock(1).build();

        var reservation = StockReservation.reserve(order, List.of(line(mug, 2), line(tea, 2)), products(mug, tea), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(reservation.rejectedLines())
                .containsExactly(new RejectedLine(tea.id(), 2, 1, StockShortage.INSUFFICIENT_STOCK));
        assertThat(mug.stock()).isEqualTo(5);
        assertThat(tea.stock()).isEqualTo(1);
    }

    @Test
    void rejectsUnknownAndUnavailableProducts() {
        var draft = aProduct().withStock(5).build();
        var unknown = ProductId.newId();

        var reservation = StockReservation.reserve(
                order, List.of(line(draft, 1), new ReservationLine(unknown, 1)), products(draft), NOW);

        assertThat(reservation.rejectedLines())
                .extracting(RejectedLine::reason)
                .containsExactly(StockShortage.NOT_AVAILABLE, StockShortage.UNKNOWN_PRODUCT);
    }

    @Test
    void addsUpLinesForTheSameProduct() {
        var mug = aProduct().active().withStock(3).build();

        var reservation = StockReservation.reserve(order, List.of(line(mug, 2), line(mug, 2)), products(mug), NOW);

        assertThat(reservation.status()).isEqualTo(ReservationStatus.REJECTED);
        assertThat(reservation.rejectedLines())
                .singleElement()
                .satisfies(l -> assertThat(l.requested()).isEqualTo(4));
    }

    @Test
    void releasesOnceOnly() {
        var mug = aProduct().active().withStock(3).build();
        var reservation = StockReservation.reserve(order, List.of(line(mug, 2)), products(mug), NOW);

        assertThat(reservation.release(products(mug), NOW)).isTrue();
        assertThat(reservation.release(products(mug), NOW)).isFalse();

        assertThat(mug.stock()).isEqualTo(3);
        assertThat(reservation.status()).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void aRejectedReservationReleasesNothing() {
        var mug = aProduct().active().withStock(1).build();
        var reservation = StockReservation.reserve(order, List.of(line(mug, 2)), products(mug), NOW);

        assertThat(reservation.release(products(mug), NOW)).isFalse();
        assertThat(mug.stock()).isEqualTo(1);
    }

    private static ReservationLine line(Product product, int quantity) {
        return new ReservationLine(product.id(), quantity);
    }

    private static Map<ProductId, Product> products(Product... products) {
        var map = new java.util.LinkedHashMap<ProductId, Product>();
        for (var product : products) {
            map.put(product.id(), product);
        }
        return map;
    }
}
