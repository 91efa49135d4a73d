package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;
import org.jspecify.annotations.Nullable;

/**
 * The author rewrites their review; it goes through moderation again (see {@code Review.edit}). With
 * {@code expectedVersion} (the {@code If-Match} ETag) a stale copy is refused. Returns the review id.
 */
public record EditReview(
        @NotNull UUID reviewId,
        @NotNull UUID editor,
        @Nullable Long expectedVersion,
        int rating,
        String title,
        String text)
        implements Command<UUID> {}
