package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.application.payment.PaymentGateway;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read (is a refund owed?), call the provider with no transaction open, record the refund's reference in a short
 * transaction that locks the order again (an already recorded refund wins: nothing is written twice).
 */
@Component
class RefundOrderHandler implements Handler<RefundOrder, Boolean> {
    private final Orders orders;
    private final PaymentGateway payments;
    private final TransactionTemplate writes;
    private final Clock clock;

    RefundOrderHandler(Orders orders, PaymentGateway payments, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.payments = payments;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Boolean handle(RefundOrder command) {
        var owed = writes.execute(status -> orders.lockedById(command.orderId())
                .filter(order -> order.awaitsRefund())
                .orElse(null));
        if (owed == null || owed.payment() == null) {
            return false;
        }
        var totals = owed.totals();
        var reference =
                payments.refund(owed.id(), owed.payment().providerReference(), totals.total(), totals.currency());
        return Boolean.TRUE.equals(writes.execute(status -> {
            var order = orders.lockedById(command.orderId()).orElseThrow();
            if (!order.awaitsRefund()) {
                return false;
            }
            order.refunded(reference, clock.instant());
            orders.save(order, "system:refund");
            return true;
        }));
    }
}
