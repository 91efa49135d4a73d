package org.emporium.discount.application;

import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListRedemptionsHandler implements Handler<ListRedemptions, PageView<RedemptionView>> {
    private final CouponViews views;

    ListRedemptionsHandler(CouponViews views) {
        this.views = views;
    }

    @Override
    public PageView<RedemptionView> handle(ListRedemptions query) {
        if (views.byId(query.couponId()).isEmpty()) {
            throw DiscountErrors.couponNotFound(query.couponId());
        }
        return views.redemptions(query.couponId(), query.page(), query.size());
    }
}
