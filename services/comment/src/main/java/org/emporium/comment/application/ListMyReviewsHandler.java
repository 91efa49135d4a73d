package org.emporium.comment.application;

import org.emporium.comment.domain.CustomerId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListMyReviewsHandler implements Handler<ListMyReviews, ReviewPageView> {
    private final ReviewViews views;

    ListMyReviewsHandler(ReviewViews views) {
        this.views = views;
    }

    @Override
    public ReviewPageView handle(ListMyReviews query) {
        return views.byAuthor(new CustomerId(query.author()), query.page(), query.size());
    }
}
