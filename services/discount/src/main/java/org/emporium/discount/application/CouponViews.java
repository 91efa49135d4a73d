package org.emporium.discount.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.emporium.platform.core.PageView;
import org.jspecify.annotations.Nullable;

/** The read model of coupons and their redemptions, projected straight from storage. */
public interface CouponViews {
    Optional<CouponView> byId(UUID id);

    /**
     * Coupons by code, filtered.
     *
     * @param active when set, only active (true) or inactive (false) ones
     * @param expired when set, only those whose validity ended before {@code now} (true) or not (false)
     * @param codePrefix when set, only codes starting with it (upper case)
     */
    PageView<CouponView> find(
            @Nullable Boolean active,
            @Nullable Boolean expired,
            @Nullable String codePrefix,
            Instant now,
            int page,
            int size);

    /** The coupon's redemptions, newest first. */
    PageView<RedemptionView> redemptions(UUID couponId, int page, int size);

    Optional<RedemptionView> redemption(UUID orderId);
}
