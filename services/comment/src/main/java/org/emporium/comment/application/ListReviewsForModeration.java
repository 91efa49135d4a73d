package org.emporium.comment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.emporium.comment.domain.ReviewStatus;
import org.emporium.platform.mediator.Query;

/** Admins' queue: reviews in a status (default {@code PENDING}), oldest first. */
public record ListReviewsForModeration(
        @NotNull ReviewStatus status,
        @Min(0) @Max(Paging.MAX_PAGE) int page,
        @Min(1) @Max(Paging.MAX_SIZE) int size) implements Query<ReviewPageView> {}
