package org.emporium.discount.application;

import jakarta.validation.constraints.NotNull;
import org.emporium.discount.domain.CouponId;
import org.emporium.platform.mediator.Command;

/** Creates a coupon; its code is normalised to upper case and unique whatever its case. Returns its id. */
public record CreateCoupon(@NotNull String code, @NotNull CouponInput input) implements Command<CouponId> {}
