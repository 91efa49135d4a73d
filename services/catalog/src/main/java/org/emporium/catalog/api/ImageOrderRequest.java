package org.emporium.catalog.api;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.catalog.domain.image.ProductImage;

/** A product's image ids in their new order, main picture first. */
record ImageOrderRequest(
        @NotEmpty @Size(max = ProductImage.MAX_PER_PRODUCT) List<@NotNull UUID> imageIds) {}
