package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * {@code PENDING → CANCELLED (STOCK_REJECTED; catalog reserved nothing, discount releases the coupon)}, keeping the
 * rejected lines; answers whether the order moved.
 */
@Component
class RecordStockRejectedHandler implements Handler<RecordStockRejected, Boolean> {
    private final Orders orders;
    private final Clock clock;

    RecordStockRejectedHandler(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Boolean handle(RecordStockRejected command) {
        var order = orders.lockedById(new OrderId(command.orderId()));
        if (order.isEmpty() || !order.get().stockRejected(command.lines(), clock.instant())) {
            return false;
        }
        orders.save(order.get(), "system:catalog");
        return true;
    }
}
