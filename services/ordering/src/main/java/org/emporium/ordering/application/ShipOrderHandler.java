package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ShipOrderHandler implements Handler<ShipOrder, Void> {
    private final Orders orders;
    private final Clock clock;

    ShipOrderHandler(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Void handle(ShipOrder command) {
        var order = OrderAccess.locked(orders, command.orderId(), null);
        order.ship(command.carrier(), command.trackingNumber(), clock.instant());
        orders.save(order, OrderAccess.actor(null, command.adminId()));
        return null;
    }
}
