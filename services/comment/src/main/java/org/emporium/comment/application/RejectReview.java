package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** An admin refuses a review with a reason (1–500 characters, the domain's rule). Returns the review id. */
public record RejectReview(@NotNull UUID reviewId, String reason) implements Command<UUID> {}
