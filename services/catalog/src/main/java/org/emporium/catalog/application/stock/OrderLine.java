package org.emporium.catalog.application.stock;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A product and quantity an order wants. */
public record OrderLine(
        @NotNull UUID productId, @Min(1) @Max(1_000_000) int quantity) {}
