package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** {@code PENDING → AWAITING_PAYMENT}; answers whether the order moved. */
@Component
class RecordStockReservedHandler implements Handler<RecordStockReserved, Boolean> {
    private final Orders orders;
    private final Clock clock;

    RecordStockReservedHandler(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Boolean handle(RecordStockReserved command) {
        var order = orders.lockedById(new OrderId(command.orderId()));
        if (order.isEmpty() || !order.get().stockReserved(clock.instant())) {
            return false;
        }
        orders.save(order.get(), "system:catalog");
        return true;
    }
}
