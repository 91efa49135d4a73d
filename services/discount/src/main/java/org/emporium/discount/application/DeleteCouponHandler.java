package org.emporium.discount.application;

import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

@Component
class DeleteCouponHandler implements Handler<DeleteCoupon, CouponId> {
    private final Coupons coupons;

    DeleteCouponHandler(Coupons coupons) {
        this.coupons = coupons;
    }

    @Override
    public CouponId handle(DeleteCoupon command) {
        var coupon =
                coupons.byId(command.couponId()).orElseThrow(() -> DiscountErrors.couponNotFound(command.couponId()));
        Versions.requireCurrent("Coupon " + coupon.id(), command.expectedVersion(), coupon.version());
        coupons.delete(coupon);
        return coupon.id();
    }
}
