package org.emporium.ordering.application;

import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListMyOrdersHandler implements Handler<ListMyOrders, PageView<OrderSummaryView>> {
    private final OrderViews views;

    ListMyOrdersHandler(OrderViews views) {
        this.views = views;
    }

    @Override
    public PageView<OrderSummaryView> handle(ListMyOrders query) {
        return views.search(
                query.customerId(),
                query.status() == null ? null : query.status().name(),
                null,
                null,
                query.page(),
                query.size());
    }
}
