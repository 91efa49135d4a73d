package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** One coupon (404 when there is none). */
public record GetCoupon(@NotNull UUID couponId) implements Query<CouponView> {}
