package org.emporium.discount.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.emporium.discount.application.CouponInput;
import org.emporium.discount.domain.CouponKind;
import org.emporium.discount.domain.CouponTerms;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /coupons} ({@code code} required) and {@code PUT /coupons/{id}} (the code cannot change:
 * when sent it must be the coupon's). Unknown fields are 400 {@code REQUEST.UNKNOWN_FIELD}.
 *
 * @param validFrom defaults to now
 * @param active defaults to true
 */
record CouponRequest(
        @Nullable @Pattern(regexp = "\\s*[A-Za-z0-9-]{3,32}\\s*")
        String code,

        @Nullable @Size(max = CouponTerms.MAX_DESCRIPTION_LENGTH)
        String description,

        @NotNull CouponKind kind,

        @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 4)
        BigDecimal value,

        @Nullable @Pattern(regexp = "[A-Z]{3}") String currency,
        @Nullable Instant validFrom,
        @Nullable Instant validUntil,

        @Nullable @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 12, fraction = 4)
        BigDecimal minimumAmount,

        @Nullable @Min(1) Integer maxRedemptions,
        @Nullable @Min(1) Integer maxPerCustomer,
        @Nullable @Size(max = CouponTerms.MAX_RESTRICTIONS) Set<UUID> categoryIds,
        @Nullable @Size(max = CouponTerms.MAX_RESTRICTIONS) Set<UUID> productIds,
        @Nullable Boolean firstOrderOnly,
        @Nullable Boolean active) {

    CouponInput toInput(Instant now) {
        return new CouponInput(
                description == null ? "" : description,
                kind,
                value,
                currency,
                validFrom == null ? now : validFrom,
                validUntil,
                minimumAmount,
                maxRedemptions,
                maxPerCustomer,
                categoryIds == null ? Set.of() : categoryIds,
                productIds == null ? Set.of() : productIds,
                Boolean.TRUE.equals(firstOrderOnly),
                active == null || active);
    }
}
