package org.emporium.catalog.domain.product;

import java.time.Instant;
import java.util.Set;

/** What happened to a product, registered by the aggregate and published by the application after saving. */
public sealed interface ProductEvent {

    ProductId productId();

    Instant occurredAt();

    /** A product came into being (as a draft or live). */
    record ProductCreated(ProductSnapshot product, Instant occurredAt) implements ProductEvent {
        @Override
        public ProductId productId() {
            return product.id();
        }
    }

    /** A product changed; {@code changes} names what: details, price, status, stock. */
    record ProductUpdated(ProductSnapshot product, Set<Change> changes, Instant occurredAt) implements ProductEvent {
        @Override
        public ProductId productId() {
            return product.id();
        }
    }

    /** A product was deleted with all its images. */
    record ProductDeleted(ProductId productId, Instant occurredAt) implements ProductEvent {}

    /** The kinds of change a {@link ProductUpdated} reports. */
    enum Change {
        DETAILS,
        PRICE,
        STATUS,
        STOCK
    }
}
