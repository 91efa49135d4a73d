package org.emporium.catalog.application.stock;

import java.time.Clock;
import java.util.UUID;
import org.emporium.catalog.application.Outbox;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.catalog.domain.stock.OrderId;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.ReservationStatus;
import org.emporium.catalog.domain.stock.StockReservation;
import org.emporium.catalog.domain.stock.StockReservations;
import org.emporium.contracts.catalog.StockRejected;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Locks the order's products (in id order, so concurrent orders queue instead of deadlocking), lets the domain
 * decide all or nothing, and stores the reservation with its answer event in the same transaction.
 */
@Component
class ReserveStockHandler implements Handler<ReserveStock, UUID> {
    private final Products products;
    private final StockReservations reservations;
    private final Outbox outbox;
    private final Clock clock;

    ReserveStockHandler(Products products, StockReservations reservations, Outbox outbox, Clock clock) {
        this.products = products;
        this.reservations = reservations;
        this.outbox = outbox;
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
        var now = clock.instant();
        var reservation = StockReservation.reserve(orderId, lines, locked, now);
        if (reservation.status() == ReservationStatus.RESERVED) {
            reservation.lines().forEach(line -> products.update(locked.get(line.productId())));
            outbox.add(new StockReserved(command.orderId(), StockLines.of(reservation.lines()), now));
        } else {
            outbox.add(new StockRejected(
                    command.orderId(),
                    reservation.rejectedLines().stream()
                            .map(line -> new StockRejected.RejectedLine(
                                    line.productId().value(),
                                    line.requested(),
                                    line.available(),
                                    line.reason().name()))
                            .toList(),
                    now));
        }
        reservations.add(reservation);
        return command.orderId();
    }
}
