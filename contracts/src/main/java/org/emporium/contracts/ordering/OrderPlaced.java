package org.emporium.contracts.ordering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.contracts.IntegrationEvent;
import org.jspecify.annotations.Nullable;

/**
 * {@code ordering.order-placed}: a customer placed an order; the catalog answers with {@code catalog.stock-reserved}
 * or {@code catalog.stock-rejected}, the basket clears the lines the order was made from.
 *
 * @param couponCode the coupon reserved for the order, if any
 * @param basketRevision the revision of the customer's basket the order was made from (basket's internal API returns
 *     it); the basket is cleared only while it is still at that revision, so lines added after checkout are kept.
 *     Null from publishers that predate it.
 */
public record OrderPlaced(
        UUID orderId,
        UUID customerId,
        List<Line> lines,
        Instant placedAt,
        @Nullable String couponCode,
        @Nullable Long basketRevision)
        implements IntegrationEvent {

    /** The version-1 shape without coupon and basket revision. */
    public OrderPlaced(UUID orderId, UUID customerId, List<Line> lines, Instant placedAt) {
        this(orderId, customerId, lines, placedAt, null, null);
    }

    /** One product line at the price the customer was shown. */
    public record Line(UUID productId, int quantity, BigDecimal unitPrice, String currency) {}

    @Override
    public String routingKey() {
        return "ordering.order-placed";
    }

    @Override
    public String subject() {
        return orderId.toString();
    }
}
