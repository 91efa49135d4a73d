package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.application.payment.PaymentGateway;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Cancels through the aggregate (409 once shipped); a paid order gets a refund through the gateway. */
@Component
class CancelOrderHandler implements Handler<CancelOrder, Void> {
    private final Orders orders;
    private final PaymentGateway payments;
    private final Clock clock;

    CancelOrderHandler(Orders orders, PaymentGateway payments, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public Void handle(CancelOrder command) {
        var order = OrderAccess.locked(orders, command.orderId(), command.customerId());
        var paid = order.payment();
        order.cancelByCustomer(clock.instant());
        if (paid != null) {
            var totals = order.totals();
            order.refunded(payments.refund(order.id(), paid.providerReference(), totals.total(), totals.currency()));
        }
        orders.save(order, OrderAccess.actor(command.customerId(), command.adminId()));
        return null;
    }
}
