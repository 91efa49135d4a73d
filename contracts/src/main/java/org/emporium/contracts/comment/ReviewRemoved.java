package org.emporium.contracts.comment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code comment.review-removed}: a public review stopped being public (deleted by its author or an admin, edited
 * back into moderation, or rejected), and the product's rating over its remaining public reviews is now
 * {@code averageRating} over {@code reviewCount}.
 *
 * @param reason {@code DELETED}, {@code EDITED} or {@code REJECTED}
 * @param ratingVersion as in {@link ReviewPublished}: one sequence per product over both events
 */
public record ReviewRemoved(
        UUID reviewId,
        UUID productId,
        String reason,
        BigDecimal averageRating,
        int reviewCount,
        long ratingVersion,
        Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "comment.review-removed";
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
