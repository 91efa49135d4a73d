package org.emporium.discount.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Query;

/** Who redeemed a coupon, for which order, in which state; newest first. 404 for an unknown coupon. */
public record ListRedemptions(
        @NotNull UUID couponId,
        @Min(0) int page,
        @Min(1) @Max(100) int size) implements Query<PageView<RedemptionView>> {}
