package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import org.emporium.discount.domain.CouponId;
import org.emporium.platform.mediator.Command;

/** Replaces a coupon's terms and active flag (not its code) if the caller saw the current version. */
public record UpdateCoupon(
        @NotNull CouponId couponId,
        long expectedVersion,
        @NotNull CouponInput input) implements Command<CouponId> {}
