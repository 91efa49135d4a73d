package org.emporium.comment.application;

import java.util.Optional;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.ProductId;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.ReviewStatus;
import org.jspecify.annotations.Nullable;

/** The read model of reviews (the SQL lives in infrastructure). */
public interface ReviewViews {
    Optional<ReviewView> byId(ReviewId id);

    /** A product's approved reviews, optionally only those with {@code rating} stars. */
    ReviewPageView approvedOf(ProductId product, ReviewSort sort, @Nullable Integer rating, int page, int size);

    RatingSummaryView summaryOf(ProductId product);

    /** The author's own reviews in any status, newest first. */
    ReviewPageView byAuthor(CustomerId author, int page, int size);

    /** Reviews in {@code status}, oldest first (the moderation queue), of products not deleted. */
    ReviewPageView byStatus(ReviewStatus status, int page, int size);
}
