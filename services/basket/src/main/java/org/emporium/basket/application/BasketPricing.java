package org.emporium.basket.application;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.DomainRefusal;
import org.emporium.basket.domain.PricedBasket;
import org.emporium.platform.mediator.ShortLivedCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Prices a basket from the local product copy (no HTTP call) and, only when a coupon is applied, adds discount's
 * quote for it. Discount down while reading: the basket is still answered, without discount (discount null, total =
 * subtotal); applying a coupon is where discount being down is a 503.
 *
 * <p>A read's quote is cached for {@code emporium.basket.quote-ttl} (30 s), keyed by what discount is asked: the
 * customer, the code, the currency and the priced lines (product, category, current unit price, quantity). So
 * reading the same basket again makes no HTTP call, and any change to what is priced (a line added, removed or
 * re-counted, a price or availability change from catalog's events) asks discount again. Only answers are cached,
 * never discount being unavailable. A coupon's state at discount (e.g. its usage limit reached) shows in a read after
 * at most the TTL; checkout re-quotes anyway.
 */
@Component
public class BasketPricing {
    private static final Logger log = LoggerFactory.getLogger(BasketPricing.class);
    private final ProductCopies products;
    private final CouponQuotes quotes;
    private final ShortLivedCache<QuoteKey, CouponQuotes.Quote> cachedQuotes;

    public BasketPricing(
            ProductCopies products, CouponQuotes quotes, @Value("${emporium.basket.quote-ttl:30s}") Duration quoteTtl) {
        this.products = products;
        this.quotes = quotes;
        this.cachedQuotes = new ShortLivedCache<>(quoteTtl, 10_000);
    }

    /** What a read's quote depends on; equal keys get the same answer from discount. */
    private record QuoteKey(UUID customerId, String code, String currency, List<CouponQuotes.QuoteLine> lines) {}

    public PricedBasket price(Basket basket) {
        return PricedBasket.price(basket, products.find(basket.quantities().keySet()));
    }

    public BasketView view(Basket basket) {
        return view(basket, price(basket));
    }

    /** The view of a basket just written, priced from the product copies its write read ({@link Baskets#save}). */
    public BasketView view(BasketUpdates.Updated updated) {
        var basket = updated.basket();
        var products = updated.products();
        return view(basket, products == null ? price(basket) : PricedBasket.price(basket, products));
    }

    private BasketView view(Basket basket, PricedBasket priced) {
        var code = basket.couponCode().orElse(null);
        if (code == null || priced.currency() == null || priced.availableLines().isEmpty()) {
            return BasketView.of(priced, null, null);
        }
        try {
            var key = new QuoteKey(basket.customerId(), code, priced.currency(), quoteLines(priced));
            var quote = cachedQuotes.get(key, k -> quotes.quote(k.customerId(), k.code(), k.currency(), k.lines()));
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
