package org.emporium.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/** {@code catalog.stock-reserved}: every line of the order is held out of stock. */
public record StockReserved(UUID orderId, List<Line> lines, Instant occurredAt) implements IntegrationEvent {

    /** A reserved quantity of one product. */
    public record Line(UUID productId, int quantity) {}

    @Override
    public String routingKey() {
        return "catalog.stock-reserved";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
