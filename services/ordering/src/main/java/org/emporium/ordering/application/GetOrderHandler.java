package org.emporium.ordering.application;

import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetOrderHandler implements Handler<GetOrder, OrderView> {
    private final OrderViews views;

    GetOrderHandler(OrderViews views) {
        this.views = views;
    }

    @Override
    public OrderView handle(GetOrder query) {
        return views.detail(query.orderId())
                .filter(order ->
                        query.customerId() == null || order.customerId().equals(query.customerId()))
                .orElseThrow(() -> OrderingErrors.orderNotFound(query.orderId()));
    }
}
