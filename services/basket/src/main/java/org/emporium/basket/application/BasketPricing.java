package org.emporium.basket.application;

import java.util.List;
import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.DomainRefusal;
import org.emporium.basket.domain.PricedBasket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Prices a basket from the local product copy (no HTTP call) and, only when a coupon is applied, adds discount's
 * quote for it. Discount down while reading: the basket is still answered, without discount (discount null, total =
 * subtotal); applying a coupon is where discount being down is a 503.
 */
@Component
public class BasketPricing {
    private static final Logger log = LoggerFactory.getLogger(BasketPricing.class);
    private final ProductCopies products;
    private final CouponQuotes quotes;

    public BasketPricing(ProductCopies products, CouponQuotes quotes) {
        this.products = products;
        this.quotes = quotes;
    }

    public PricedBasket price(Basket basket) {
        return PricedBasket.price(basket, products.find(basket.quantities().keySet()));
    }

    public BasketView view(Basket basket) {
        var priced = price(basket);
        var code = basket.couponCode().orElse(null);
        if (code == null || priced.currency() == null || priced.availableLines().isEmpty()) {
            return BasketView.of(priced, null, null);
        }
        try {
            var quote = quotes.quote(basket.customerId(), code, priced.currency(), quoteLines(priced));
            if (quote.applies()) {
                return BasketView.of(priced, quote.discount(), quote.total());
            }
        } catch (RuntimeException e) {
            if (!DomainRefusal.isUnavailable(e)) {
                throw e;
            }
            log.warn("Basket of {} read without its coupon's discount: {}", basket.customerId(), e.getMessage());
        }
        return BasketView.of(priced, null, null);
    }

    static List<CouponQuotes.QuoteLine> quoteLines(PricedBasket priced) {
        return priced.availableLines().stream()
                .map(line -> new CouponQuotes.QuoteLine(
                        line.line().productId(),
                        line.line().categoryId(),
                        line.unitPrice(),
                        line.line().quantity()))
                .toList();
    }
}
