package org.emporium.comment.domain;

/** Where a review is in moderation; only {@link #APPROVED} reviews are public. */
public enum ReviewStatus {
    PENDING,
    APPROVED,
    REJECTED
}
