package org.emporium.comment.domain;

import java.time.Instant;

/**
 * What a review registers when its public visibility changes, or when an admin rejects it. The repository turns them into the published
 * {@code comment.*} contracts with the product's rating as it stands after the save.
 */
public sealed interface ReviewEvent {
    ReviewId reviewId();

    ProductId productId();

    Instant occurredAt();

    /** The review is (again) public with this rating: approved, auto-approved, or edited while staying approved. */
    record Published(
            ReviewId reviewId,
            ProductId productId,
            CustomerId author,
            int rating,
            boolean verifiedBuyer,
            Instant occurredAt)
            implements ReviewEvent {}

    /** A public review is no longer public; {@code reason} is {@code DELETED}, {@code EDITED} or {@code REJECTED}. */
    record Withdrawn(ReviewId reviewId, ProductId productId, String reason, Instant occurredAt)
            implements ReviewEvent {}

    /** An admin rejected it (pending or public), saying why; its author is to be told. */
    record Rejected(ReviewId reviewId, ProductId productId, CustomerId author, String reason, Instant occurredAt)
            implements ReviewEvent {}
}
