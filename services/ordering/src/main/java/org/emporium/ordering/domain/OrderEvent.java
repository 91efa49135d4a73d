package org.emporium.ordering.domain;

/**
 * What happened to an order, registered by the aggregate and published by infrastructure (through the outbox, in
 * the transaction that saves the order) as the contracts' {@code ordering.*} events.
 */
public sealed interface OrderEvent {
    Order order();

    /** The order was placed ({@code ordering.order-placed}). */
    record Placed(Order order) implements OrderEvent {}

    /** The order moved ({@code ordering.order-status-changed}); one per entry of the history. */
    record StatusChanged(Order order, StatusChange change) implements OrderEvent {}

    /** The order was cancelled or expired ({@code ordering.order-cancelled}: catalog releases its stock). */
    record Cancelled(Order order, CancelReason reason, java.time.Instant at) implements OrderEvent {}
}
