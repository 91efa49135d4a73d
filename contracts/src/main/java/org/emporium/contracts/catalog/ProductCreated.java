package org.emporium.contracts.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code catalog.product-created}: a product came into being.
 *
 * @param status {@code DRAFT} or {@code ACTIVE}
 */
public record ProductCreated(
        UUID productId,
        String slug,
        String name,
        UUID categoryId,
        String brand,
        BigDecimal price,
        String currency,
        String status,
        int stock,
        Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "catalog.product-created";
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
