package org.emporium.basket.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** {@code POST /api/basket/lines}: add {@code quantity} (1..99) of a product. */
record AddLineRequest(
        @NotNull UUID productId, @NotNull @Min(1) @Max(99) Integer quantity) {}
