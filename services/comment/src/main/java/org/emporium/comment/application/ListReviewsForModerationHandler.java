package org.emporium.comment.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListReviewsForModerationHandler implements Handler<ListReviewsForModeration, ReviewPageView> {
    private final ReviewViews views;

    ListReviewsForModerationHandler(ReviewViews views) {
        this.views = views;
    }

    @Override
    public ReviewPageView handle(ListReviewsForModeration query) {
        return views.byStatus(query.status(), query.page(), query.size());
    }
}
