package org.emporium.contracts.comment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code comment.review-published}: a review became public (approved by an admin, or auto-approved for a verified
 * buyer), and the product's rating over its public reviews is now {@code averageRating} over {@code reviewCount}.
 *
 * @param averageRating the mean of the product's public ratings (1–5), two decimals; 0 when {@code reviewCount} is 0
 * @param ratingVersion increases with every change of the product's rating; a consumer keeping the rating ignores an
 *     event whose version is not above the one it stored (events of one product may arrive out of order)
 */
public record ReviewPublished(
        UUID reviewId,
        UUID productId,
        UUID customerId,
        int rating,
        boolean verifiedBuyer,
        BigDecimal averageRating,
        int reviewCount,
        long ratingVersion,
        Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "comment.review-published";
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
