package org.emporium.discount.application;

import java.time.Clock;
import org.emporium.discount.domain.Coupon;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.Coupons;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class CreateCouponHandler implements Handler<CreateCoupon, CouponId> {
    private final Coupons coupons;
    private final Clock clock;

    CreateCouponHandler(Coupons coupons, Clock clock) {
        this.coupons = coupons;
        this.clock = clock;
    }

    @Override
    public CouponId handle(CreateCoupon command) {
        var code = CouponCode.of(command.code());
        if (coupons.byCode(code).isPresent()) {
            throw DiscountErrors.codeTaken(code);
        }
        var coupon =
                Coupon.create(code, command.input().terms(), command.input().active(), clock.instant());
        coupons.save(coupon);
        return coupon.id();
    }
}
