package org.emporium.catalog.application.image;

import jakarta.validation.constraints.NotNull;
import org.emporium.catalog.domain.image.ImageId;
import org.emporium.catalog.domain.image.ImageSize;
import org.emporium.platform.mediator.Query;

/**
 * The bytes of one size of an image, for serving. Images of a product shoppers cannot see (a draft or an archived
 * one) are found only when {@code admin}.
 */
public record GetImage(@NotNull ImageId imageId, @NotNull ImageSize size, boolean admin)
        implements Query<ImageContentView> {}
