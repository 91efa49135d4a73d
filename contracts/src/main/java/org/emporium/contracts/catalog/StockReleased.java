package org.emporium.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/** {@code catalog.stock-released}: a cancelled order's reserved stock is back on sale. */
public record StockReleased(UUID orderId, List<StockReserved.Line> lines, Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "catalog.stock-released";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
