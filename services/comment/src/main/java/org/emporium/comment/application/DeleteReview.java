package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Its author (or an admin, {@code admin}) deletes a review; a public one leaves the product's rating. */
public record DeleteReview(@NotNull UUID reviewId, @NotNull UUID caller, boolean admin) implements Command<UUID> {}
