package org.emporium.catalog.application.image;

import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/**
 * Records a checked and rendered picture (see {@link ImageUploads}) last in a product's order. Returns the new
 * image's id.
 */
public record AddProductImage(
        @NotNull ProductId productId, @NotNull ImageProcessor.ProcessedImage image) implements Command<ImageId> {}
