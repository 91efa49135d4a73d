package org.emporium.catalog.application.image;

import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/** Removes one picture of a product, in every size; the remaining pictures close the gap. */
public record RemoveProductImage(
        @NotNull ProductId productId, @NotNull ImageId imageId) implements Command<ImageId> {}
