package org.emporium.contracts.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code ordering.order-placed}: a customer placed an order; the catalog answers with {@code catalog.stock-reserved}
 * or {@code catalog.stock-rejected}.
 */
public record OrderPlaced(UUID orderId, UUID customerId, List<Line> lines, Instant placedAt)
        implements IntegrationEvent {

    /** One product line at the price the customer was shown. */
    public record Line(UUID productId, int quantity, BigDecimal unitPrice, String currency) {}

    @Override
    public String routingKey() {
        return "ordering.order-placed";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
