package org.emporium.contracts.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code catalog.product-updated}: a product's details, price, status or stock were changed by an admin. Carries the
 * whole current state, so consumers keep a local copy without calling back.
 *
 * @param changes what changed: any of {@code DETAILS}, {@code PRICE}, {@code STATUS}, {@code STOCK}
 * @param productVersion the product's version after the change; consumers ignore an update older than their copy
 */
public record ProductUpdated(
        UUID productId,
        String slug,
        String name,
        UUID categoryId,
        String brand,
        BigDecimal price,
        String currency,
        String status,
        int stock,
        List<String> changes,
        long productVersion,
        Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "catalog.product-updated";
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
