package org.emporium.basket.application;

import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.PricedBasket;
import org.springframework.stereotype.Component;

/** Prices a basket from the local product copy (no HTTP call) and adds the coupon's quote when one is applied. */
@Component
public class BasketPricing {
    private final ProductCopies products;

    public BasketPricing(ProductCopies products) {
        this.products = products;
    }

    public PricedBasket price(Basket basket) {
        return PricedBasket.price(basket, products.find(basket.quantities().keySet()));
    }

    public BasketView view(Basket basket) {
        return BasketView.of(price(basket), null, null);
    }
}
