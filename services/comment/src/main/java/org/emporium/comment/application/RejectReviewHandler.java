package org.emporium.comment.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.ReviewId;
import org.emporium.comment.domain.Reviews;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RejectReviewHandler implements Handler<RejectReview, UUID> {
    private final Reviews reviews;
    private final Clock clock;

    RejectReviewHandler(Reviews reviews, Clock clock) {
        this.reviews = reviews;
        this.clock = clock;
    }

    @Override
    public UUID handle(RejectReview command) {
        var id = new ReviewId(command.reviewId());
        var review = reviews.byId(id).orElseThrow(() -> CommentErrors.reviewNotFound(id));
        review.reject(command.reason(), clock.instant());
        reviews.save(review);
        return id.value();
    }
}
