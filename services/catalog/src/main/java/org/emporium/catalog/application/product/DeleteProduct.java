package org.emporium.catalog.application.product;

import an.awesome.pipelinr.Command;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.product.ProductId;

/** Deletes a product with all its images, if the caller saw the current version. */
public record DeleteProduct(@NotNull ProductId productId, long expectedVersion) implements Command<ProductId> {}
