package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.UUID;
import org.emporium.ordering.domain.ShippingAddress;
import org.emporium.platform.mediator.Command;
import org.jspecify.annotations.Nullable;

/**
 * Places the customer's basket as an order. Idempotent per {@code (customerId, idempotencyKey)}: the same key and
 * body answer the first order ({@link CheckoutResult#created()} false).
 */
public record Checkout(
        @NotNull UUID customerId,
        @NotNull String idempotencyKey,
        @NotNull ShippingAddress shippingAddress,
        @Nullable BigDecimal expectedTotal)
        implements Command<CheckoutResult> {}
