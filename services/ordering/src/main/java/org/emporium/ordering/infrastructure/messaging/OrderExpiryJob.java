package org.emporium.ordering.infrastructure.messaging;

import org.emporium.ordering.application.ExpireUnpaidOrders;
import org.emporium.ordering.application.FindOrdersAwaitingRefund;
import org.emporium.ordering.application.RefundOrder;
import org.emporium.ordering.domain.OrderId;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires unpaid orders past the payment window in batches, every {@code emporium.ordering.expiry-interval}, and
 * retries the refunds of cancelled paid orders whose refund was not recorded (the provider failed, or the process
 * stopped between the cancellation and the refund). Every replica runs it; {@code FOR UPDATE SKIP LOCKED} gives
 * each order to one of them, and a refund is idempotent.
 */
@Component
public class OrderExpiryJob {
    static final int BATCH = 200;
    static final int REFUND_BATCH = 50;
    private static final Logger log = LoggerFactory.getLogger(OrderExpiryJob.class);
    private final Mediator mediator;

    OrderExpiryJob(Mediator mediator) {
        this.mediator = mediator;
    }

    @Scheduled(
            fixedDelayString = "${emporium.ordering.expiry-interval:PT30S}",
            initialDelayString = "${emporium.ordering.expiry-interval:PT30S}")
    public void run() {
        int total = 0;
        int expired;
        do {
            expired = mediator.send(new ExpireUnpaidOrders(BATCH));
            total += expired;
        } while (expired == BATCH);
        if (total > 0) {
            log.info("Expired {} orders not paid in time", total);
        }
        retryRefunds();
    }

    void retryRefunds() {
        for (var id : mediator.send(new FindOrdersAwaitingRefund(REFUND_BATCH))) {
            try {
                mediator.send(new RefundOrder(new OrderId(id)));
            } catch (RuntimeException e) {
                log.warn("Refund of order {} failed; the next run tries again: {}", id, e.toString());
            }
        }
    }
}
