package org.emporium.comment.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.KnownProducts;
import org.emporium.comment.domain.ModerationPolicy;
import org.emporium.comment.domain.ProductId;
import org.emporium.comment.domain.Review;
import org.emporium.comment.domain.ReviewContent;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.Reviews;
import org.emporium.comment.domain.SubmissionLimit;
import org.emporium.comment.domain.VerifiedPurchases;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class WriteReviewHandler implements Handler<WriteReview, UUID> {
    private final Reviews reviews;
    private final KnownProducts products;
    private final VerifiedPurchases purchases;
    private final ModerationPolicy policy;
    private final SubmissionLimit limit;
    private final Clock clock;

    WriteReviewHandler(
            Reviews reviews,
            KnownProducts products,
            VerifiedPurchases purchases,
            ModerationPolicy policy,
            SubmissionLimit limit,
            Clock clock) {
        this.reviews = reviews;
        this.products = products;
        this.purchases = purchases;
        this.policy = policy;
        this.limit = limit;
        this.clock = clock;
    }

    @Override
    public UUID handle(WriteReview command) {
        var productId = new ProductId(command.productId());
        var author = new CustomerId(command.author());
        var content = new ReviewContent(command.rating(), command.title(), command.text());
        var product = products.byId(productId).orElseThrow(() -> CommentErrors.productNotFound(productId));
        if (!product.reviewable()) {
            throw CommentErrors.productNotReviewable(productId);
        }
        reviews.idOf(productId, author).ifPresent(existing -> {
            throw CommentErrors.alreadyReviewed(productId, existing);
        });
        var now = clock.instant();
        limit.check(reviews.submittedSince(author, limit.since(now)));
        var review = Review.write(
                ReviewId.newId(), productId, author, content, purchases.received(author, productId), policy, now);
        reviews.save(review);
        return review.id().value();
    }
}
