package org.emporium.comment.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.Reviews;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ApproveReviewHandler implements Handler<ApproveReview, UUID> {
    private final Reviews reviews;
    private final Clock clock;

    ApproveReviewHandler(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public UUID handle(ApproveReview command) {
        var id = new ReviewId(command.reviewId());
        var review = reviews.byId(id).orElseThrow(() -> CommentErrors.reviewNotFound(id));
        review.approve(clock.instant());
        reviews.save(review);
        return id.value();
    }
}
