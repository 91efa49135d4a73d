package org.emporium.contracts.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * {@code ordering.order-status-changed}: an order moved from one status to another. Published for every transition
 * of the order's state machine, in order per order ({@code PENDING → AWAITING_PAYMENT → PAID → SHIPPED → DELIVERED},
 * or to {@code CANCELLED} / {@code EXPIRED}). Discount confirms a coupon's redemption on {@code PAID} and releases it
 * on {@code CANCELLED}/{@code EXPIRED}; message notifies the customer; statistics counts sales.
 *
 * @param from the status before, {@code null} for the order's first status ({@code PENDING})
 * @param to the status after: {@code PENDING}, {@code AWAITING_PAYMENT}, {@code PAID}, {@code SHIPPED},
 *     {@code DELIVERED}, {@code CANCELLED} or {@code EXPIRED}
 * @param reason why, for {@code CANCELLED} and {@code EXPIRED} (e.g. {@code CUSTOMER_REQUEST},
 *     {@code STOCK_REJECTED}, {@code PAYMENT_TIMEOUT}); may be null otherwise
 * @param lines the order's lines for {@code PAID} and {@code DELIVERED}; empty for other statuses
 * @param historySequence the transition's position in the order's status history (1 for {@code PENDING}); consumers
 *     that keep the latest status ignore an older sequence
 */
public record OrderStatusChanged(
        UUID orderId,
        UUID customerId,
        @Nullable String from,
        String to,
        @Nullable String reason,
        Totals totals,
        List<Line> lines,
        int historySequence,
        Instant occurredAt)
        implements IntegrationEvent {

    /** The order's money, computed by ordering; amounts in {@code currency}, rounded to its minor unit. */
    public record Totals(
            String currency,
            BigDecimal subtotal,
            BigDecimal discount,
            BigDecimal total,
            @Nullable String couponCode) {}

    /** One line of the order at the price the customer pays. */
    public record Line(
            UUID productId,
            String productName,
            @Nullable UUID categoryId,
            int quantity,
            BigDecimal unitPrice,
            BigDecimal lineTotal) {}

    @Override
    public String routingKey() {
        return "ordering.order-status-changed";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
