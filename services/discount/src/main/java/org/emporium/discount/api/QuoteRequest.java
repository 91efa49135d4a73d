package org.emporium.discount.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.discount.domain.CouponCode;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/discount/quotes}.
 *
 * @param customerId only honoured for a service caller; a customer is always the token's user
 */
record QuoteRequest(
        @NotNull @Pattern(regexp = CouponCode.PATTERN) String code,
        @NotNull @Pattern(regexp = "[A-Z]{3}") String currency,
        @Nullable UUID customerId,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid LineRequest> lines) {}
