package org.emporium.discount.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.discount.domain.Redemptions;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ReleaseRedemptionHandler implements Handler<ReleaseRedemption, UUID> {
    private final Redemptions redemptions;
    private final Clock clock;

    ReleaseRedemptionHandler(Redemptions redemptions, Clock clock) {
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Override
    public UUID handle(ReleaseRedemption command) {
        redemptions.byOrder(command.orderId()).ifPresent(redemption -> {
            if (redemption.release(command.reason(), clock.instant())) {
                redemptions.save(redemption);
            }
        });
        return command.orderId();
    }
}
