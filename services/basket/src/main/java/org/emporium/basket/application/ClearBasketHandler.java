package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ClearBasketHandler implements Handler<ClearBasket, BasketView> {
    private final BasketUpdates updates;
    private final BasketPricing pricing;

    ClearBasketHandler(BasketUpdates updates, BasketPricing pricing) {
        this.updates = updates;
        this.pricing = pricing;
    }

    @Override
    public BasketView handle(ClearBasket command) {
        return pricing.view(updates.update(command.customerId(), (basket, now) -> basket.clear(now)));
    }
}
