package org.emporium.discount.application;

import java.time.Clock;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

@Component
class UpdateCouponHandler implements Handler<UpdateCoupon, CouponId> {
    private final Coupons coupons;
    private final Clock clock;

    UpdateCouponHandler(Coupons coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public CouponId handle(UpdateCoupon command) {
        var coupon =
                coupons.byId(command.couponId()).orElseThrow(() -> DiscountErrors.couponNotFound(command.couponId()));
        Versions.requireCurrent("Coupon " + coupon.id(), command.expectedVersion(), coupon.version());
        coupon.revise(command.input().terms(), command.input().active(), clock.instant());
        coupons.save(coupon);
        return coupon.id();
    }
}
