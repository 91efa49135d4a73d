package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Cancels through the aggregate (409 once shipped), by the customer or by an admin, with the note. A paid order
 * stays with its payment unrefunded ({@code REFUND_PENDING}) until {@link RefundOrder} records the provider's
 * refund: no provider call under the row lock.
 */
@Component
class CancelOrderHandler implements Handler<CancelOrder, Boolean> {
    private final Orders orders;
    private final Clock clock;

    CancelOrderHandler(Orders orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    public Boolean handle(CancelOrder command) {
        var order = OrderAccess.locked(orders, command.orderId(), command.customerId());
        if (command.adminId() != null) {
            order.cancelByAdmin(command.note(), clock.instant());
        } else {
            order.cancelByCustomer(command.note(), clock.instant());
        }
        orders.save(order, OrderAccess.actor(command.customerId(), command.adminId()));
        return order.awaitsRefund();
    }
}
