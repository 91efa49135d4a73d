package org.emporium.comment.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** The caller's own reviews in every status, newest first. */
public record ListMyReviews(
        @NotNull UUID author,
        @Min(0) @Max(Paging.MAX_PAGE) int page,
        @Min(1) @Max(Paging.MAX_SIZE) int size) implements Query<ReviewPageView> {}
