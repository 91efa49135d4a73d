package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/**
 * One review: whole for its author and admins ({@code viewer}, {@code admin}), the public part of an approved one
 * for anyone else, and 404 otherwise.
 */
public record GetReview(@NotNull UUID reviewId, @Nullable UUID viewer, boolean admin) implements Query<ReviewView> {}
