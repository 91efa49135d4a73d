package org.emporium.catalog.application.image;

import an.awesome.pipelinr.Command;
import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;

/** Removes one picture of a product, in every size; the remaining pictures close the gap. */
public record RemoveProductImage(
        @NotNull ProductId productId, @NotNull ImageId imageId) implements Command<ImageId> {}
