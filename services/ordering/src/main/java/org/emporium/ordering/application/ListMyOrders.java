package org.emporium.ordering.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** The customer's own orders, newest first. */
public record ListMyOrders(
        @NotNull UUID customerId,
        @Nullable OrderStatus status,
        @Min(0) int page,
        @Min(1) @Max(100) int size) implements Query<PageView<OrderSummaryView>> {}
