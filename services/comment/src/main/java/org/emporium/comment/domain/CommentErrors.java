package org.emporium.comment.domain;

import java.time.Duration;
import java.util.Map;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/**
 * Every refusal of the comment service, named once with a stable code (documented in docs/comment.md). Another
 * customer's review is "not found" to the caller: its existence is not revealed.
 */
public final class CommentErrors {
    public static final String REVIEW_NOT_FOUND = "COMMENT.REVIEW_NOT_FOUND";
    public static final String PRODUCT_NOT_FOUND = "COMMENT.PRODUCT_NOT_FOUND";
    public static final String PRODUCT_NOT_REVIEWABLE = "COMMENT.PRODUCT_NOT_REVIEWABLE";
    public static final String ALREADY_REVIEWED = "COMMENT.ALREADY_REVIEWED";
    public static final String INVALID_REVIEW = "COMMENT.INVALID_REVIEW";
    public static final String INVALID_SORT = "COMMENT.INVALID_SORT";
    public static final String OWN_REVIEW = "COMMENT.OWN_REVIEW";
    public static final String TOO_MANY_REVIEWS = "COMMENT.TOO_MANY_REVIEWS";

    private CommentErrors() {}

    /** 404: no such review, or not one the caller may change (another customer's), or not public. */
    public static DomainException reviewNotFound(Object id) {
        return DomainException.notFound(REVIEW_NOT_FOUND, "Review " + id + " does not exist.");
    }

    /** 404: the catalog has no such product (as far as the comment service has heard). */
    public static DomainException productNotFound(Object id) {
        return DomainException.notFound(PRODUCT_NOT_FOUND, "Product " + id + " does not exist.");
    }

    /** 422: the product exists but is not on sale (a draft, archived or deleted): it takes no reviews. */
    public static DomainException productNotReviewable(Object id) {
        return DomainException.ruleViolated(PRODUCT_NOT_REVIEWABLE, "Product " + id + " cannot be reviewed.");
    }

    /** 409: one review per product per customer; edit the existing one instead. */
    public static DomainException alreadyReviewed(Object productId, Object existing) {
        return new DomainException(
                ALREADY_REVIEWED,
                ErrorKind.CONFLICT,
                "You have already reviewed product " + productId + "; edit your review instead.",
                Map.of("reviewId", existing.toString()));
    }

    /** 422 naming the field: a review field breaks its limits. */
    public static DomainException invalidReview(String field, String why) {
        return new DomainException(INVALID_REVIEW, ErrorKind.INVALID, why, Map.of("field", field));
    }

    /** 422: the {@code sort} parameter names no order. */
    public static DomainException invalidSort() {
        return new DomainException(INVALID_SORT, ErrorKind.INVALID, "sort is one of newest, helpful, rating, -rating.");
    }

    /** 422: a customer cannot vote their own review helpful. */
    public static DomainException ownReview() {
        return DomainException.ruleViolated(OWN_REVIEW, "You cannot vote for your own review.");
    }

    /** 429: the customer wrote too many reviews recently. */
    public static DomainException tooManyReviews(int max, Duration window) {
        return new DomainException(
                TOO_MANY_REVIEWS,
                ErrorKind.TOO_MANY_REQUESTS,
                "At most " + max + " reviews in " + window.toMinutes() + " minutes; try again later.",
                Map.of("retryAfterSeconds", window.toSeconds()));
    }
}
