package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.CheckoutAttempt;
import org.emporium.ordering.domain.CheckoutAttempts;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * One batch: the unpaid orders placed before now minus the payment window, locked with {@code SKIP LOCKED} so two
 * replicas take different orders; each expires ({@code ordering.order-cancelled} releases stock, discount releases
 * the coupon). Idempotency-Keys past their lifetime are forgotten in the same run.
 */
@Component
class ExpireUnpaidOrdersHandler implements Handler<ExpireUnpaidOrders, Integer> {
    private final Orders orders;
    private final CheckoutAttempts attempts;
    private final OrderingSettings settings;
    private final Clock clock;

    ExpireUnpaidOrdersHandler(Orders orders, CheckoutAttempts attempts, OrderingSettings settings, Clock clock) {
        this.orders = orders;
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Integer handle(ExpireUnpaidOrders command) {
        var now = clock.instant();
        int expired = 0;
        for (var order : orders.lockUnpaidPlacedBefore(now.minus(settings.paymentWindow()), command.limit())) {
            if (order.expire(now)) {
                orders.save(order, "system:expiry");
                expired++;
            }
        }
        attempts.deleteCreatedBefore(now.minus(CheckoutAttempt.LIFETIME));
        return expired;
    }
}
