package org.emporium.discount.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.discount.domain.Quote;
import org.emporium.platform.mediator.Query;

/**
 * Prices a basket with a code: whether the coupon applies (or the precise reason it does not), the discount and its
 * allocation. Reads the limits without locking: a quote is advice; the reservation decides.
 */
public record GetQuote(
        @NotNull String code,
        @NotNull String currency,
        @NotNull UUID customerId,
        @NotEmpty @Size(max = 200) List<@Valid LineInput> lines)
        implements Query<Quote> {}
