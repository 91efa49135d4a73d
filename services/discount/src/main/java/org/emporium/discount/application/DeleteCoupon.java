package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import org.emporium.discount.domain.CouponId;
import org.emporium.platform.mediator.Command;

/** Deletes a coupon that was never reserved (409 {@code DISCOUNT.COUPON_IN_USE} otherwise). */
public record DeleteCoupon(@NotNull CouponId couponId, long expectedVersion) implements Command<CouponId> {}
