package org.emporium.catalog.application.stock;

import java.time.Clock;
import java.util.UUID;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.catalog.domain.stock.OrderId;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.StockReservation;
import org.emporium.catalog.domain.stock.StockReservations;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Locks the order's products (in id order, so concurrent orders queue instead of deadlocking), lets the domain
 * decide all or nothing, and saves the products and the reservation, whose answer event (reserved or rejected) goes
 * to the outbox in the same transaction.
 */
@Component
class ReserveStockHandler implements Handler<ReserveStock, UUID> {
    private final Products products;
    private final StockReservations reservations;
    private final Clock clock;

    ReserveStockHandler(Products products, StockReservations reservations, Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.clock = clock;
    }

    @Override
    public UUID handle(ReserveStock command) {
        var orderId = new OrderId(command.orderId());
        if (reservations.byOrder(orderId).isPresent()) {
            return command.orderId();
        }
        var lines = command.lines().stream()
                .map(line -> new ReservationLine(new ProductId(line.productId()), line.quantity()))
                .toList();
        var locked = products.lockedForStockChange(
                lines.stream().map(ReservationLine::productId).toList());
        var reservation = StockReservation.reserve(orderId, lines, locked, clock.instant());
        if (reservation.holdsStock()) {
            reservation.lines().forEach(line -> products.save(locked.get(line.productId())));
        }
        reservations.save(reservation);
        return command.orderId();
    }
}
