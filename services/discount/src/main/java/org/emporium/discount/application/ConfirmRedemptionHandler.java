package org.emporium.discount.application;

import java.time.Clock;
import java.util.UUID;
import org.emporium.discount.domain.Redemptions;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ConfirmRedemptionHandler implements Handler<ConfirmRedemption, UUID> {
    private final Redemptions redemptions;
    private final Clock clock;

    ConfirmRedemptionHandler(Redemptions redemptions, Clock clock) {
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Override
    public UUID handle(ConfirmRedemption command) {
        redemptions.recordPaidOrder(command.customerId(), command.orderId());
        redemptions.byOrder(command.orderId()).ifPresent(redemption -> {
            if (redemption.redeem(clock.instant())) {
                redemptions.save(redemption);
            }
        });
        return command.orderId();
    }
}
