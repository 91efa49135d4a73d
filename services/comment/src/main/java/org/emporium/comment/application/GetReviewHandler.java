package org.emporium.comment.application;

import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.ReviewId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetReviewHandler implements Handler<GetReview, ReviewView> {
    private final ReviewViews views;

    GetReviewHandler(ReviewViews views) {
        this.views = views;
    }

    @Override
    public ReviewView handle(GetReview query) {
        var id = new ReviewId(query.reviewId());
        var review = views.byId(id).orElseThrow(() -> CommentErrors.reviewNotFound(id));
        if (query.admin() || review.authorId().equals(query.viewer())) {
            return review;
        }
        if ("APPROVED".equals(review.status())) {
            return review.publicOnly();
        }
        throw CommentErrors.reviewNotFound(id);
    }
}
