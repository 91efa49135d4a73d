package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** An admin makes a review public (idempotent). Returns the review id. */
public record ApproveReview(@NotNull UUID reviewId) implements Command<UUID> {}
