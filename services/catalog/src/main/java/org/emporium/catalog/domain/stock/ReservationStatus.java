package org.emporium.catalog.domain.stock;

/** The outcome of an order's reservation over time. */
public enum ReservationStatus {
    /** Every line is held out of stock. */
    RESERVED,
    /** Nothing was held: at least one line could not be. */
    REJECTED,
    /** The order was cancelled and its stock put back. */
    RELEASED,
    /** The cancellation arrived before the order: a late order-placed must not reserve anything. */
    CANCELLED
}
