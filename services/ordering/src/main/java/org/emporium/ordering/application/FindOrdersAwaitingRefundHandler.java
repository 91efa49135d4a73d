package org.emporium.ordering.application;

import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class FindOrdersAwaitingRefundHandler implements Handler<FindOrdersAwaitingRefund, List<UUID>> {
    private final OrderViews views;

    FindOrdersAwaitingRefundHandler(OrderViews views) {
        this.views = views;
    }

    @Override
    public List<UUID> handle(FindOrdersAwaitingRefund query) {
        return views.awaitingRefund(query.limit());
    }
}
