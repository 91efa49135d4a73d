package org.emporium.catalog.application.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/**
 * Replaces a product's details, price, stock and (when given) status, if the caller saw the current version.
 *
 * @param expectedVersion the version the caller read (the ETag it sends as {@code If-Match})
 */
public record UpdateProduct(
        @NotNull ProductId productId,
        long expectedVersion,
        @NotNull @Valid ProductInput input) implements Command<ProductId> {}
