package org.emporium.discount.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.emporium.discount.application.LineInput;
import org.jspecify.annotations.Nullable;

/** A basket line of a quote or reservation. */
record LineRequest(
        @NotNull UUID productId,
        @Nullable UUID categoryId,

        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4)
        BigDecimal unitPrice,

        @NotNull @Min(1) @Max(10_000) Integer quantity) {

    LineInput toInput() {
        return new LineInput(productId, categoryId, unitPrice, quantity);
    }
}
