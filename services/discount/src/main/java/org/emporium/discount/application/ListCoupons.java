package org.emporium.discount.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** Coupons ordered by code, filtered by active, expired and code prefix. */
public record ListCoupons(
        @Nullable Boolean active,
        @Nullable Boolean expired,
        @Nullable @Pattern(regexp = "[A-Za-z0-9-]{1,32}") String codePrefix,
        @Min(0) int page,
        @Min(1) @Max(100) int size)
        implements Query<PageView<CouponView>> {}
