package org.emporium.catalog.application.image;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.domain.image.ProductImage;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.platform.mediator.Command;

/** Puts a product's pictures in the given order (the first is the main picture); it must name each exactly once. */
public record ReorderProductImages(
        @NotNull ProductId productId,
        @NotEmpty @Size(max = ProductImage.MAX_PER_PRODUCT) List<@NotNull UUID> imageIds)
        implements Command<ProductId> {}
