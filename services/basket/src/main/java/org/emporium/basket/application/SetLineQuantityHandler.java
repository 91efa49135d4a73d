package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class SetLineQuantityHandler implements Handler<SetLineQuantity, BasketView> {
    private final BasketUpdates updates;
    private final BasketPricing pricing;

    SetLineQuantityHandler(BasketUpdates updates, BasketPricing pricing) {
        this.updates = updates;
        this.pricing = pricing;
    }

    @Override
    public BasketView handle(SetLineQuantity command) {
        var productId = command.productId();
        return pricing.view(updates.update(command.customerId(), (basket, now) -> {
            if (basket.line(productId).isPresent()) {
                basket.changeQuantity(productId, command.quantity(), now);
            } else {
                basket.setQuantity(updates.product(productId), command.quantity(), now);
            }
        }));
    }
}
