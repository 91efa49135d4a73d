package org.emporium.catalog.domain.stock;

import java.util.Optional;

/**
 * The stock reservations repository: one per order. Saving a reservation also hands the events it registered to the
 * outbox, in the same transaction.
 */
public interface StockReservations {

    Optional<StockReservation> byOrder(OrderId orderId);

    /**
     * Inserts a new reservation ({@link StockReservation#isNew()}): a second new one for the same order fails (the
     * order is already handled); or saves a changed one if nobody saved it since it was loaded (else the
     * optimistic-locking failure: the command is retried and finds the other change).
     */
    void save(StockReservation reservation);
}
