package org.emporium.ordering.infrastructure.messaging;

import org.emporium.ordering.application.ExpireUnpaidOrders;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Expires unpaid orders past the payment window in batches, every {@code emporium.ordering.expiry-interval}. Every
 * replica runs it; {@code FOR UPDATE SKIP LOCKED} gives each order to one of them.
 */
@Component
public class OrderExpiryJob {
    static final int BATCH = 200;
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
    }
}
