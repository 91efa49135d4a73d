package org.emporium.catalog.application.rating;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * The comment service says a product's rating over its public reviews is now {@code average} over {@code count}, as
 * of its {@code ratingVersion}. An older or repeated version, or an unknown product, changes nothing. Returns whether
 * the stored rating changed.
 */
public record RateProduct(
        @NotNull UUID productId,
        @NotNull @DecimalMin("0") @DecimalMax("5") BigDecimal average,
        @Min(0) int count,
        @Min(1) long ratingVersion)
        implements Command<Boolean> {}
