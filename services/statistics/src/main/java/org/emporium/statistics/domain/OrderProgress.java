package org.emporium.statistics.domain;

import java.util.List;

/**
 * Which of an order's statuses were counted already, as a bit set: the state machine reaches each status at most
 * once, so a transition is counted when its bit is not set yet, whatever order (or how often) its events arrive in.
 */
public final class OrderProgress {
    public static final List<String> STATUSES =
            List.of("PENDING", "AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED", "CANCELLED", "EXPIRED");

    private OrderProgress() {}

    /** The bit of {@code status}; 0 for a status this service does not know (never counted). */
    public static int bit(String status) {
        var index = STATUSES.indexOf(status);
        return index < 0 ? 0 : 1 << index;
    }

    /** A cancellation from one of these statuses gives the money back (the order had been paid). */
    public static boolean refunds(String from) {
        return "PAID".equals(from) || "SHIPPED".equals(from);
    }
}
