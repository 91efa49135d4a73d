package org.emporium.discount.application;

import java.time.Clock;
import org.emporium.discount.domain.Redemptions;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ReleaseExpiredReservationsHandler implements Handler<ReleaseExpiredReservations, Integer> {
    static final String REASON = "RESERVATION_EXPIRED";
    private final Redemptions redemptions;
    private final Clock clock;

    ReleaseExpiredReservationsHandler(Redemptions redemptions, Clock clock) {
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Override
    public Integer handle(ReleaseExpiredReservations command) {
        var now = clock.instant();
        int released = 0;
        for (var redemption : redemptions.lockExpired(now, command.limit())) {
            if (redemption.release(REASON, now)) {
                redemptions.save(redemption);
                released++;
            }
        }
        return released;
    }
}
