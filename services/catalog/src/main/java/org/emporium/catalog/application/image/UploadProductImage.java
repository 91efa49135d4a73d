package org.emporium.catalog.application.image;

import an.awesome.pipelinr.Command;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;

/** Adds a picture to a product, last in its order. Returns the new image's id. */
public record UploadProductImage(
        @NotNull ProductId productId, @NotNull byte[] content) implements Command<ImageId> {}
