package org.emporium.ordering.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.util.UUID;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.platform.core.PageView;
import org.emporium.platform.mediator.Query;
import org.jspecify.annotations.Nullable;

/** Admins' search over all orders, newest first. */
public record SearchOrders(
        @Nullable OrderStatus status,
        @Nullable UUID customerId,
        @Nullable Instant from,
        @Nullable Instant to,
        @Min(0) int page,
        @Min(1) @Max(100) int size)
        implements Query<PageView<OrderSummaryView>> {}
