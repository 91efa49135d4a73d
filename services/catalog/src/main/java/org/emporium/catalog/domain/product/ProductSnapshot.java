package org.emporium.catalog.domain.product;

import org.emporium.platform.core.Money;

/** A product's state at the moment of an event, so events never expose the mutable aggregate. */
public record ProductSnapshot(
        ProductId id, ProductDetails details, Money price, int stock, ProductStatus status, long version) {}
