package org.emporium.catalog.application.product;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The answer to a batch look-up: the products found, in the order asked, and the ids that match no product.
 */
public record ProductAvailabilityView(List<Item> products, List<UUID> missing) {

    /** What another service needs to price and check an order line. */
    public record Item(
            UUID id, String slug, String name, BigDecimal price, String currency, String status, int stock) {}
}
