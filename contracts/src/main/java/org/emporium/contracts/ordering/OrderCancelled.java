package org.emporium.contracts.ordering;

import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code ordering.order-cancelled}: the order will not be fulfilled; whatever was reserved for it goes back on sale.
 *
 * @param reason e.g. {@code CUSTOMER_REQUEST}, {@code PAYMENT_FAILED}, {@code STOCK_REJECTED}
 */
public record OrderCancelled(UUID orderId, String reason, Instant cancelledAt) implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "ordering.order-cancelled";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
