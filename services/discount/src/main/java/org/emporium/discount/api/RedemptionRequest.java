package org.emporium.discount.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.discount.domain.CouponCode;

/** The body of {@code POST /internal/redemptions} (ordering at checkout). */
record RedemptionRequest(
        @NotNull UUID orderId,
        @NotNull UUID customerId,
        @NotNull @Pattern(regexp = CouponCode.PATTERN) String code,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineRequest> lines) {}
