package org.emporium.comment.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * A customer marks a public review helpful ({@code helpful}) or takes the mark back; one vote per customer per
 * review, never on one's own. Repeating either changes nothing. Returns the review id.
 */
public record VoteHelpful(@NotNull UUID reviewId, @NotNull UUID voter, boolean helpful) implements Command<UUID> {}
