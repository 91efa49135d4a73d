package org.emporium.ordering.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.platform.core.PageView;
import org.jspecify.annotations.Nullable;

/** The read side: SQL over the order tables, never the aggregate. */
public interface OrderViews {
    Optional<OrderView> detail(UUID orderId);

    /** Cancelled paid orders with no refund recorded, oldest cancellation first. */
    List<UUID> awaitingRefund(int limit);

    /** Newest first; every filter optional ({@code from} inclusive, {@code to} exclusive on the placing time). */
    PageView<OrderSummaryView> search(
            @Nullable UUID customerId,
            @Nullable String status,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size);
}
