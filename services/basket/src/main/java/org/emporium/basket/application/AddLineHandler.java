package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class AddLineHandler implements Handler<AddLine, BasketView> {
    private final BasketUpdates updates;
    private final BasketPricing pricing;

    AddLineHandler(BasketUpdates updates, BasketPricing pricing) {
        this.updates = updates;
        this.pricing = pricing;
    }

    @Override
    public BasketView handle(AddLine command) {
        return pricing.view(updates.update(
                command.customerId(),
                (basket, now) -> basket.add(updates.product(command.productId()), command.quantity(), now)));
    }
}
