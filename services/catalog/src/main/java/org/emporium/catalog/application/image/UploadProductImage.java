package org.emporium.catalog.application.image;

import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/** Adds a picture to a product, last in its order. Returns the new image's id. */
public record UploadProductImage(
        @NotNull ProductId productId, @NotNull byte[] content) implements Command<ImageId> {}
