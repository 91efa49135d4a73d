package org.emporium.discount.application;

import java.time.Clock;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.CouponUsage;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.Pricing;
import org.emporium.discount.domain.Quote;
import org.emporium.discount.domain.Redemptions;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetQuoteHandler implements Handler<GetQuote, Quote> {
    private final Coupons coupons;
    private final Redemptions redemptions;
    private final Clock clock;

    GetQuoteHandler(Coupons coupons, Redemptions redemptions, Clock clock) {
        this.coupons = coupons;
        this.redemptions = redemptions;
        this.clock = clock;
    }

    @Override
    public Quote handle(GetQuote query) {
        var currency = Baskets.currency(query.currency());
        var code = CouponCode.of(query.code());
        var coupon = coupons.byCode(code);
        var usage =
                coupon.map(c -> redemptions.usage(c.id(), query.customerId())).orElse(CouponUsage.NONE);
        return Pricing.quote(
                code.value(), coupon.orElse(null), currency, Baskets.lines(query.lines()), usage, clock.instant());
    }
}
