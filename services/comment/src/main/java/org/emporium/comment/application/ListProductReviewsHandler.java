package org.emporium.comment.application;

import org.emporium.comment.domain.CommentErrors;
import org.emporium.comment.domain.KnownProducts;
import org.emporium.comment.domain.ProductId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListProductReviewsHandler implements Handler<ListProductReviews, ProductReviewsView> {
    private final KnownProducts products;
    private final ReviewViews views;

    ListProductReviewsHandler(KnownProducts products, ReviewViews views) {
        this.products = products;
        this.views = views;
    }

    @Override
    public ProductReviewsView handle(ListProductReviews query) {
        var id = new ProductId(query.productId());
        var product = products.byId(id).filter(p -> !p.deleted()).orElseThrow(() -> CommentErrors.productNotFound(id));
        var page = views.approvedOf(product.id(), query.sort(), query.rating(), query.page(), query.size());
        var publicItems = page.items().stream().map(ReviewView::publicOnly).toList();
        return new ProductReviewsView(
                id.value(),
                views.summaryOf(id),
                new ReviewPageView(publicItems, page.page(), page.size(), page.total(), page.totalPages()));
    }
}
