package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RemoveCouponHandler implements Handler<RemoveCoupon, BasketView> {
    private final BasketUpdates updates;
    private final BasketPricing pricing;

    RemoveCouponHandler(BasketUpdates updates, BasketPricing pricing) {
        this.updates = updates;
        this.pricing = pricing;
    }

    @Override
    public BasketView handle(RemoveCoupon command) {
        return pricing.view(updates.updateIf(command.customerId(), (basket, now) -> {
            if (basket.couponCode().isEmpty()) {
                return false;
            }
            basket.removeCoupon(now);
            return true;
        }));
    }
}
