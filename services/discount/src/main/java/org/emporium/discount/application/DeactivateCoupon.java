package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import org.emporium.discount.domain.CouponId;
import org.emporium.platform.mediator.Command;

/** Stops a coupon (idempotent): quotes answer INACTIVE from now on; reservations already made stand. */
public record DeactivateCoupon(@NotNull CouponId couponId) implements Command<CouponId> {}
