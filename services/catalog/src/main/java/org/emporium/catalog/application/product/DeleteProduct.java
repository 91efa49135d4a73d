package org.emporium.catalog.application.product;

import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/** Deletes a product with all its images, if the caller saw the current version. */
public record DeleteProduct(@NotNull ProductId productId, long expectedVersion) implements Command<ProductId> {}
