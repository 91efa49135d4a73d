package org.emporium.ordering.application;

import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class SearchOrdersHandler implements Handler<SearchOrders, PageView<OrderSummaryView>> {
    private final OrderViews views;

    SearchOrdersHandler(OrderViews views) {
        this.views = views;
    }

    @Override
    public PageView<OrderSummaryView> handle(SearchOrders query) {
        return views.search(
                query.customerId(),
                query.status() == null ? null : query.status().name(),
                query.from(),
                query.to(),
                query.page(),
                query.size());
    }
}
