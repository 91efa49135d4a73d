package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Everything an admin sets on a coupon, checked together: a percentage is {@code 0 < value ≤ 100} (a currency only
 * restricts it); a fixed amount has a currency and a positive value at that currency's scale; valid-until is after
 * valid-from; limits are at least 1 when set.
 *
 * @param minimumAmount in the coupon's currency, or in the quote's currency for a percentage without one
 * @param categoryIds when non-empty, only lines in these categories are eligible (or in {@code productIds})
 * @param productIds when non-empty, only these products are eligible (or those in {@code categoryIds})
 */
public record CouponTerms(
        String description,
        CouponKind kind,
        BigDecimal value,
        @Nullable Currency currency,
        Instant validFrom,
        @Nullable Instant validUntil,
        @Nullable BigDecimal minimumAmount,
        @Nullable Integer maxRedemptions,
        @Nullable Integer maxPerCustomer,
        Set<UUID> categoryIds,
        Set<UUID> productIds,
        boolean firstOrderOnly) {
    public static final int MAX_DESCRIPTION_LENGTH = 500;
    public static final int MAX_RESTRICTIONS = 200;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public CouponTerms {
        categoryIds = Set.copyOf(categoryIds);
        productIds = Set.copyOf(productIds);
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw DiscountErrors.invalidCoupon("description", "is at most " + MAX_DESCRIPTION_LENGTH + " characters");
        }
        if (value.signum() <= 0) {
            throw DiscountErrors.invalidCoupon("value", "must be greater than 0");
        }
        if (kind == CouponKind.PERCENTAGE && value.compareTo(HUNDRED) > 0) {
            throw DiscountErrors.invalidCoupon("value", "a percentage is at most 100");
        }
        if (kind == CouponKind.FIXED_AMOUNT) {
            if (currency == null) {
                throw DiscountErrors.invalidCoupon("currency", "a fixed amount needs a currency");
            }
            if (value.stripTrailingZeros().scale() > Pricing.digits(currency)) {
                throw DiscountErrors.invalidCoupon(
                        "value", "has at most " + Pricing.digits(currency) + " decimals in " + currency);
            }
        }
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw DiscountErrors.invalidCoupon("validUntil", "must be after validFrom");
        }
        if (minimumAmount != null && minimumAmount.signum() < 0) {
            throw DiscountErrors.invalidCoupon("minimumAmount", "must not be negative");
        }
        if (maxRedemptions != null && maxRedemptions < 1) {
            throw DiscountErrors.invalidCoupon("maxRedemptions", "must be at least 1");
        }
        if (maxPerCustomer != null && maxPerCustomer < 1) {
            throw DiscountErrors.invalidCoupon("maxPerCustomer", "must be at least 1");
        }
        if (categoryIds.size() + productIds.size() > MAX_RESTRICTIONS) {
            throw DiscountErrors.invalidCoupon(
                    "categoryIds", "at most " + MAX_RESTRICTIONS + " categories and products together");
        }
    }

    /** True when the coupon is restricted to some categories or products. */
    public boolean restricted() {
        return !categoryIds.isEmpty() || !productIds.isEmpty();
    }

    public boolean eligible(PricedLine line) {
        return !restricted()
                || productIds.contains(line.productId())
                || (line.categoryId() != null && categoryIds.contains(line.categoryId()));
    }
}
