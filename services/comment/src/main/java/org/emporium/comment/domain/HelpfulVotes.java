package org.emporium.comment.domain;

/** One helpful vote per customer per review; the review's helpful count follows. */
public interface HelpfulVotes {
    /** @return false when the customer had already voted */
    boolean add(ReviewId review, CustomerId voter);

    /** @return false when there was no vote to take back */
    boolean remove(ReviewId review, CustomerId voter);
}
