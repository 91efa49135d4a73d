package org.emporium.basket.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/basket/lines/{productId}}: the line's new quantity (1..99). */
record QuantityRequest(@NotNull @Min(1) @Max(99) Integer quantity) {}
