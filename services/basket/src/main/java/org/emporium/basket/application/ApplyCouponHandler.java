package org.emporium.basket.application;

import org.emporium.basket.domain.BasketErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ApplyCouponHandler implements Handler<ApplyCoupon, BasketView> {
    private final Baskets baskets;
    private final BasketUpdates updates;
    private final BasketPricing pricing;
    private final CouponQuotes quotes;

    ApplyCouponHandler(Baskets baskets, BasketUpdates updates, BasketPricing pricing, CouponQuotes quotes) {
        this.baskets = baskets;
        this.updates = updates;
        this.pricing = pricing;
        this.quotes = quotes;
    }

    @Override
    public BasketView handle(ApplyCoupon command) {
        var priced = pricing.price(baskets.load(command.customerId()));
        if (priced.availableLines().isEmpty() || priced.currency() == null) {
            throw BasketErrors.emptyBasket();
        }
        var quote =
                quotes.quote(command.customerId(), command.code(), priced.currency(), BasketPricing.quoteLines(priced));
        if (!quote.applies()) {
            throw BasketErrors.couponRejected(
                    command.code(), quote.reason() == null ? "UNKNOWN" : quote.reason(), quote.missingAmount());
        }
        return pricing.view(
                updates.update(command.customerId(), (current, now) -> current.applyCoupon(command.code(), now)));
    }
}
