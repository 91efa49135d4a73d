package org.emporium.discount.application;

import java.time.Clock;
import java.util.Locale;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class ListCouponsHandler implements Handler<ListCoupons, PageView<CouponView>> {
    private final CouponViews views;
    private final Clock clock;

    ListCouponsHandler(CouponViews views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @Override
    public PageView<CouponView> handle(ListCoupons query) {
        var prefix = query.codePrefix() == null ? null : query.codePrefix().toUpperCase(Locale.ROOT);
        return views.find(query.active(), query.expired(), prefix, clock.instant(), query.page(), query.size());
    }
}
