package org.emporium.ordering.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The order's state machine. Every status names the statuses it may move to; {@link #DELIVERED}, {@link #CANCELLED}
 * and {@link #EXPIRED} are final.
 *
 * <pre>
 * PENDING          → AWAITING_PAYMENT (stock reserved) | CANCELLED (stock rejected, customer) | EXPIRED
 * AWAITING_PAYMENT → PAID | CANCELLED (customer) | EXPIRED (not paid in time)
 * PAID             → SHIPPED | CANCELLED (customer; refunded)
 * SHIPPED          → DELIVERED
 * </pre>
 */
public enum OrderStatus {
    PENDING,
    AWAITING_PAYMENT,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED,
    EXPIRED;

    /** The statuses this one may move to; empty for a final status. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case PENDING -> EnumSet.of(AWAITING_PAYMENT, CANCELLED, EXPIRED);
            case AWAITING_PAYMENT -> EnumSet.of(PAID, CANCELLED, EXPIRED);
            case PAID -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(DELIVERED);
            case DELIVERED, CANCELLED, EXPIRED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus to) {
        return next().contains(to);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    /** Whether the order is still waiting for its money (the statuses an unpaid order expires from). */
    public boolean isUnpaid() {
        return this == PENDING || this == AWAITING_PAYMENT;
    }
}
