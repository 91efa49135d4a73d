package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class DeliverOrderHandler implements Handler<DeliverOrder, Void> {
    private final Orders orders;
    private final Clock clock;

    DeliverOrderHandler(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Void handle(DeliverOrder command) {
        var order = OrderAccess.locked(orders, command.orderId(), null);
        order.deliver(clock.instant());
        orders.save(order, OrderAccess.actor(null, command.adminId()));
        return null;
    }
}
