package org.emporium.catalog.application.stock;

import java.time.Clock;
import java.util.UUID;
import org.emporium.catalog.domain.product.Products;
import org.emporium.catalog.domain.stock.OrderId;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.StockReservation;
import org.emporium.catalog.domain.stock.StockReservations;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ReleaseStockHandler implements Handler<ReleaseStock, UUID> {
    private final Products products;
    private final StockReservations reservations;
    private final Clock clock;

    ReleaseStockHandler(Products products, StockReservations reservations, Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    public UUID handle(ReleaseStock command) {
        var orderId = new OrderId(command.orderId());
        var now = clock.instant();
        var existing = reservations.byOrder(orderId);
        if (existing.isEmpty()) {
            reservations.save(StockReservation.cancelledBeforePlacement(orderId, now));
            return command.orderId();
        }
        var reservation = existing.get();
        var locked = products.lockedForStockChange(
                reservation.lines().stream().map(ReservationLine::productId).toList());
        if (reservation.release(locked, now)) {
            locked.values().forEach(products::save);
            reservations.save(reservation);
        }
        return command.orderId();
    }
}
