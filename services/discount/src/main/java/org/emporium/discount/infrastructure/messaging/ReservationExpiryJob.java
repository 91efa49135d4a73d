package org.emporium.discount.infrastructure.messaging;

import org.emporium.discount.application.ReleaseExpiredReservations;
import org.emporium.platform.mediator.Mediator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Releases reservations whose order was never paid within the hold, in batches, every
 * {@code emporium.discount.expiry-interval}. Every replica runs it; {@code FOR UPDATE SKIP LOCKED} gives each batch
 * to one of them.
 */
@Component
public class ReservationExpiryJob {
    static final int BATCH = 200;
    private static final Logger log = LoggerFactory.getLogger(ReservationExpiryJob.class);
    private final Mediator mediator;

    ReservationExpiryJob(Mediator mediator) {
        this.mediator = mediator;
    }

    @Scheduled(
            fixedDelayString = "${emporium.discount.expiry-interval:1m}",
            initialDelayString = "${emporium.discount.expiry-interval:1m}")
    public void run() {
        int total = 0;
        int released;
        do {
            released = mediator.send(new ReleaseExpiredReservations(BATCH));
            total += released;
        } while (released == BATCH);
        if (total > 0) {
            log.info("Released {} coupon reservations whose order was not paid in time", total);
        }
    }
}
