package org.emporium.discount.application;

import java.time.Clock;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class DeactivateCouponHandler implements Handler<DeactivateCoupon, CouponId> {
    private final Coupons coupons;
    private final Clock clock;

    DeactivateCouponHandler(Coupons coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public CouponId handle(DeactivateCoupon command) {
        var coupon =
                coupons.byId(command.couponId()).orElseThrow(() -> DiscountErrors.couponNotFound(command.couponId()));
        if (coupon.active()) {
            coupon.deactivate(clock.instant());
            coupons.save(coupon);
        }
        return coupon.id();
    }
}
