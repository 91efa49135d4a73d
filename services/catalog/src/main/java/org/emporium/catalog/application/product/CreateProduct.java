package org.emporium.catalog.application.product;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/** Adds a product to the catalog, as a draft unless the input says active. Returns the new id. */
public record CreateProduct(@NotNull @Valid ProductInput input) implements Command<ProductId> {}
