package org.emporium.comment.infrastructure.messaging;

import org.emporium.comment.domain.ReviewEvent;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;

/** The one place where the review events become the published {@code comment.*} contracts (docs/events.md). */
public final class ContractEvents {
    private ContractEvents() {}

    /** {@code rating} is the product's rating after the save that registered the event. */
    public static IntegrationEvent of(ReviewEvent event, ProductRating rating) {
        return switch (event) {
            case ReviewEvent.Published published ->
                new ReviewPublished(
                        published.reviewId().value(),
                        published.productId().value(),
                        published.author().value(),
                        published.rating(),
                        published.verifiedBuyer(),
                        rating.average(),
                        rating.count(),
                        rating.version(),
                        published.occurredAt());
            case ReviewEvent.Withdrawn withdrawn ->
                new ReviewRemoved(
                        withdrawn.reviewId().value(),
                        withdrawn.productId().value(),
                        withdrawn.reason(),
                        rating.average(),
                        rating.count(),
                        rating.version(),
                        withdrawn.occurredAt());
        };
    }
}
