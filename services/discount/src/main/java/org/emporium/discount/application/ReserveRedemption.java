package org.emporium.discount.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/**
 * Reserves the coupon for an order at checkout, counted against the limits from then on; idempotent per order id.
 * Returns whether this call created the reservation (false: the order already had one, returned as it is).
 */
public record ReserveRedemption(
        @NotNull UUID orderId,
        @NotNull UUID customerId,
        @NotNull String code,
        @NotNull String currency,
        @NotEmpty @Size(max = 200) List<@Valid LineInput> lines)
        implements Command<Boolean> {}
