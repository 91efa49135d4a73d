package org.emporium.ordering.application;

import java.time.Clock;
import org.emporium.ordering.domain.CheckoutAttempt;
import org.emporium.ordering.domain.CheckoutAttempts;
import org.emporium.ordering.domain.Orders;
import org.emporium.platform.mediator.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One batch: the ids of the unpaid orders placed before now minus the payment window, then one transaction per
 * order, which locks it with {@code SKIP LOCKED} (another replica or a payment holding it: skipped, the next run
 * sees it again), checks it is still unpaid and expires it ({@code ordering.order-cancelled} releases stock,
 * discount releases the coupon). An order that fails is logged and left for the next run; the others stay expired.
 * Idempotency-Keys past their lifetime are forgotten in the same run.
 */
@Component
class ExpireUnpaidOrdersHandler implements Handler<ExpireUnpaidOrders, Integer> {
    private static final Logger log = LoggerFactory.getLogger(ExpireUnpaidOrdersHandler.class);
    private final Orders orders;
    private final CheckoutAttempts attempts;
    private final OrderingSettings settings;
    private final TransactionTemplate writes;
    private final Clock clock;

    ExpireUnpaidOrdersHandler(
            Orders orders,
            CheckoutAttempts attempts,
            OrderingSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.orders = orders;
        this.attempts = attempts;
        this.settings = settings;
        this.writes = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Integer handle(ExpireUnpaidOrders command) {
        var now = clock.instant();
        var cutoff = now.minus(settings.paymentWindow());
        int expired = 0;
        for (var id : orders.unpaidPlacedBefore(cutoff, command.limit())) {
            try {
                var moved = writes.execute(status -> orders.lockedIfFree(id)
                        .filter(order -> order.placedAt().isBefore(cutoff) && order.expire(now))
                        .map(order -> {
                            orders.save(order, "system:expiry");
                            return true;
                        })
                        .orElse(false));
                if (Boolean.TRUE.equals(moved)) {
                    expired++;
                }
            } catch (RuntimeException e) {
                log.warn("Order {} could not be expired; the next run tries again: {}", id, e.toString());
            }
        }
        writes.executeWithoutResult(status -> attempts.deleteCreatedBefore(now.minus(CheckoutAttempt.LIFETIME)));
        return expired;
    }
}
