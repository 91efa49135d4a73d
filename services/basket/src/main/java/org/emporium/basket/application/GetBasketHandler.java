package org.emporium.basket.application;

import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetBasketHandler implements Handler<GetBasket, BasketView> {
    private final Baskets baskets;
    private final BasketPricing pricing;

    GetBasketHandler(Baskets baskets, BasketPricing pricing) {
        this.baskets = baskets;
        this.pricing = pricing;
    }

    @Override
    public BasketView handle(GetBasket query) {
        return pricing.view(baskets.load(query.customerId()));
    }
}
