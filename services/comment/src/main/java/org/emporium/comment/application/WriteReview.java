package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * A customer reviews a product they have not reviewed yet: pending, or approved at once for a verified buyer (under
 * the default moderation policy). Content limits are the domain's ({@code ReviewContent}). Returns the review id.
 */
public record WriteReview(@NotNull UUID productId, @NotNull UUID author, int rating, String title, String text)
        implements Command<UUID> {}
