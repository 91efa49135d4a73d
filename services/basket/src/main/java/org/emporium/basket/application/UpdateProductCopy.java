package org.emporium.basket.application;

import org.emporium.basket.domain.ProductSnapshot;
import org.emporium.platform.mediator.Command;

/** Catalog said something about a product: keep it in the local copy unless the copy is as new already. */
public record UpdateProductCopy(ProductSnapshot product) implements Command<Boolean> {}
