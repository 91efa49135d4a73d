package org.emporium.comment.domain;

import java.time.Instant;
import java.util.Optional;

/** The reviews; saving hands the review's registered events, with the product's new rating, to the outbox. */
public interface Reviews {
    Optional<Review> byId(ReviewId id);

    /** The author's review of the product, if they wrote one. */
    Optional<ReviewId> idOf(ProductId product, CustomerId author);

    /**
     * Inserts a new review (recording the submission for the rate limit) or updates a loaded one at its version.
     *
     * @throws org.emporium.platform.core.DomainException 409 {@code COMMENT.ALREADY_REVIEWED} when a concurrent
     *     write of the same author and product got there first
     */
    void save(Review review);

    /** Removes the review and its votes, publishing what it registered. */
    void delete(Review review);

    /** How many reviews {@code author} wrote since {@code since} (deleted ones included). */
    long submittedSince(CustomerId author, Instant since);
}
