package org.emporium.ordering.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** One order; {@code customerId} null for an admin (any order), else another's order is 404. */
public record GetOrder(@NotNull UUID orderId, @Nullable UUID customerId) implements Query<OrderView> {}
