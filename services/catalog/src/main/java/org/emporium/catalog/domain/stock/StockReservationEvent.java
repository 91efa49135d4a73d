package org.emporium.catalog.domain.stock;

import java.time.Instant;
import java.util.List;

/** What happened to an order's stock, registered by the reservation and published when it is saved. */
public sealed interface StockReservationEvent {

    OrderId orderId();

    Instant occurredAt();

    /** Every line of the order is held out of stock. */
    record StockReserved(OrderId orderId, List<ReservationLine> lines, Instant occurredAt)
            implements StockReservationEvent {}

    /** Nothing was held; {@code lines} are those that could not be, and why. */
    record StockRejected(OrderId orderId, List<RejectedLine> lines, Instant occurredAt)
            implements StockReservationEvent {}

    /** A cancelled order's stock is back on sale. */
    record StockReleased(OrderId orderId, List<ReservationLine> lines, Instant occurredAt)
            implements StockReservationEvent {}
}
