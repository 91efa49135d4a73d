package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RemoveLineHandler implements Handler<RemoveLine, BasketView> {
    private final BasketUpdates updates;
    private final BasketPricing pricing;

    RemoveLineHandler(BasketUpdates updates, BasketPricing pricing) {
        this.updates = updates;
        this.pricing = pricing;
    }

    @Override
    public BasketView handle(RemoveLine command) {
        return pricing.view(
                updates.updateIf(command.customerId(), (basket, now) -> basket.remove(command.productId(), now)));
    }
}
