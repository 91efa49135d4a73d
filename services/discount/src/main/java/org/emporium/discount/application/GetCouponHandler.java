package org.emporium.discount.application;

import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetCouponHandler implements Handler<GetCoupon, CouponView> {
    private final CouponViews views;

    GetCouponHandler(CouponViews views) {
        this.views = views;
    }

    @Override
    public CouponView handle(GetCoupon query) {
        return views.byId(query.couponId()).orElseThrow(() -> DiscountErrors.couponNotFound(query.couponId()));
    }
}
