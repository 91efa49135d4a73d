package org.emporium.contracts.comment;

import java.time.Instant;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;

/**
 * {@code comment.review-rejected}: an admin refused a review (pending or public) and said why. Its author is told
 * (message); if the review was public, a {@link ReviewRemoved} with reason {@code REJECTED} carries the product's new
 * rating as well.
 *
 * @param reason the admin's words, plain text (1–500 characters); render it escaped
 */
public record ReviewRejected(UUID reviewId, UUID productId, UUID customerId, String reason, Instant occurredAt)
        implements IntegrationEvent {

    @Override
    public String routingKey() {
        return "comment.review-rejected";
    }

    @Override
    public String subject() {
        return productId.toString();
    }
}
