package org.emporium.basket.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** {@code PUT /api/basket/coupon}: the code to apply (letters, digits, {@code _}, {@code -}; at most 40). */
record CouponRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}") String code) {}
