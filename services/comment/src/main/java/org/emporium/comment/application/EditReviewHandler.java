package org.emporium.comment.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.ModerationPolicy;
import org.emporium.comment.domain.ReviewContent;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.Reviews;
import org.emporium.comment.domain.VerifiedPurchases;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

@Component
class EditReviewHandler implements Handler<EditReview, UUID> {
    private final Reviews reviews;
    private final VerifiedPurchases purchases;
    private final ModerationPolicy policy;
    private final Clock clock;

    EditReviewHandler(Reviews reviews, VerifiedPurchases purchases, ModerationPolicy policy, Clock clock) {
        this.reviews = reviews;
        this.purchases = purchases;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public UUID handle(EditReview command) {
        var id = new ReviewId(command.reviewId());
        var editor = new CustomerId(command.editor());
        var review = reviews.byId(id).orElseThrow(() -> CommentErrors.reviewNotFound(id));
        var content = new ReviewContent(command.rating(), command.title(), command.text());
        if (command.expectedVersion() != null && review.author().equals(editor)) {
            Versions.requireCurrent("Review " + id, command.expectedVersion(), review.version());
        }
        review.edit(editor, content, purchases.received(editor, review.productId()), policy, clock.instant());
        reviews.save(review);
        return id.value();
    }
}
