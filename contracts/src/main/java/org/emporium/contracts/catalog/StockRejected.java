package org.emporium.contracts.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/** {@code catalog.stock-rejected}: nothing was reserved for the order, because of {@code lines}. */
public record StockRejected(UUID orderId, List<RejectedLine> lines, Instant occurredAt) implements IntegrationEvent {

    /**
     * A line that could not be reserved.
     *
     * @param reason {@code UNKNOWN_PRODUCT}, {@code NOT_AVAILABLE} (draft or archived) or {@code INSUFFICIENT_STOCK}
     */
    public record RejectedLine(UUID productId, int requested, int available, String reason) {}

    @Override
    public String routingKey() {
        return "catalog.stock-rejected";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
