package org.emporium.discount.application;

import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetRedemptionHandler implements Handler<GetRedemption, RedemptionView> {
    private final CouponViews views;

    GetRedemptionHandler(CouponViews views) {
        this.views = views;
    }

    @Override
    public RedemptionView handle(GetRedemption query) {
        return views.redemption(query.orderId()).orElseThrow(() -> DiscountErrors.redemptionNotFound(query.orderId()));
    }
}
