package org.emporium.comment.infrastructure.messaging;

import java.util.function.Supplier;
import org.emporium.comment.domain.ReviewEvent;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRejected;
import org.emporium.contracts.comment.ReviewRemoved;

/** The one place where the review events become the published {@code comment.*} contracts (docs/events.md). */
public final class ContractEvents {
    private ContractEvents() {}

    /**
     * {@code rating} gives the product's rating after the save that registered the event; it is asked only for the
     * events that carry one (each ask bumps the product's rating sequence).
     */
    public static IntegrationEvent of(ReviewEvent event, Supplier<ProductRating> ratings) {
        return switch (event) {
            case ReviewEvent.Rejected rejected ->
                new ReviewRejected(
                        rejected.reviewId().value(),
                        rejected.productId().value(),
                        rejected.author().value(),
                        rejected.reason(),
                        rejected.occurredAt());
            case ReviewEvent.Published published -> {
                var rating = ratings.get();
                yield new ReviewPublished(
                        published.reviewId().value(),
                        published.productId().value(),
                        published.author().value(),
                        published.rating(),
                        published.verifiedBuyer(),
                        rating.average(),
                        rating.count(),
                        rating.version(),
                        published.occurredAt());
            }
            case ReviewEvent.Withdrawn withdrawn -> {
                var rating = ratings.get();
                yield new ReviewRemoved(
                        withdrawn.reviewId().value(),
                        withdrawn.productId().value(),
                        withdrawn.reason(),
                        rating.average(),
                        rating.count(),
                        rating.version(),
                        withdrawn.occurredAt());
            }
        };
    }
}
