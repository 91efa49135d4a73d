package org.emporium.discount.application;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.emporium.discount.domain.PricedLine;
import org.jspecify.annotations.Nullable;

/** One basket line of a quote or reservation. */
public record LineInput(
        @NotNull UUID productId,
        @Nullable UUID categoryId,

        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4)
        BigDecimal unitPrice,

        @Min(1) @Max(10_000) int quantity) {

    public PricedLine priced() {
        return new PricedLine(productId, categoryId, unitPrice, quantity);
    }
}
