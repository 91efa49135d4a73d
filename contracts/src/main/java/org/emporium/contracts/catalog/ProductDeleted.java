package org.emporium.contracts.catalog;

import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/** {@code catalog.product-deleted}: a product and its images are gone. */
public record ProductDeleted(UUID productId, Instant occurredAt) implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "catalog.product-deleted";
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
