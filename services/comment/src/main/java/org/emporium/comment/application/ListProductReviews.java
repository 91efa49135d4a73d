package org.emporium.comment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** A product's public reviews, one page, with the rating summary; 404 for a product unknown or deleted. */
public record ListProductReviews(
        @NotNull UUID productId,
        @NotNull ReviewSort sort,
        @Nullable @Min(1) @Max(5) Integer rating,
        @Min(0) @Max(Paging.MAX_PAGE) int page,
        @Min(1) @Max(Paging.MAX_SIZE) int size)
        implements Query<ProductReviewsView> {}
