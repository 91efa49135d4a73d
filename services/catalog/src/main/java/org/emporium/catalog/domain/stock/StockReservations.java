package org.emporium.catalog.domain.stock;

import java.util.Optional;

/** The stock reservations repository: one per order. */
public interface StockReservations {

    Optional<StockReservation> byOrder(OrderId orderId);

    /** Stores a new reservation; a second one for the same order fails (the order is already handled). */
    void add(StockReservation reservation);

    void update(StockReservation reservation);
}
