package org.emporium.discount.application;

import java.time.Clock;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.discount.domain.QuoteReason;
import org.emporium.discount.domain.Redemption;
import org.emporium.discount.domain.Redemptions;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/**
 * Locks the coupon's row first: every reservation of one coupon then counts and inserts one after another, so the
 * limits are exact however many arrive at once. The order id is checked under that lock too, so a retried
 * reservation gets the first one back.
 */
@Component
class ReserveRedemptionHandler implements Handler<ReserveRedemption, Boolean> {
    private final Coupons coupons;
    private final Redemptions redemptions;
    private final RedemptionSettings settings;
    private final Clock clock;

    ReserveRedemptionHandler(Coupons coupons, Redemptions redemptions, RedemptionSettings settings, Clock clock) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public Boolean handle(ReserveRedemption command) {
        var currency = Baskets.currency(command.currency());
        var code = CouponCode.of(command.code());
        var coupon =
                coupons.lockedByCode(code).orElseThrow(() -> DiscountErrors.couponRejected(QuoteReason.UNKNOWN, null));
        if (redemptions.byOrder(command.orderId()).isPresent()) {
            return false;
        }
        var usage = redemptions.usage(coupon.id(), command.customerId());
        var redemption = Redemption.reserve(
                command.orderId(),
                command.customerId(),
                coupon,
                currency,
                Baskets.lines(command.lines()),
                usage,
                clock.instant(),
                settings.reservationHold());
        redemptions.save(redemption);
        return true;
    }
}
