package org.emporium.statistics.infrastructure.messaging;

import java.util.LinkedHashMap;
import java.util.Map;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.catalog.StockReleased;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRemoved;
import org.emporium.contracts.discount.CouponRedeemed;
import org.emporium.contracts.discount.CouponReleased;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;

/** Every event the service consumes: routing key → contract type (the queue's bindings and the replay's reader). */
public final class StatisticsEvents {
    public static final Map<String, Class<? extends IntegrationEvent>> TYPES = types();

    private StatisticsEvents() {}

    private static Map<String, Class<? extends IntegrationEvent>> types() {
        var types = new LinkedHashMap<String, Class<? extends IntegrationEvent>>();
        types.put(UserRegistered.ROUTING_KEY, UserRegistered.class);
        types.put("catalog.product-created", ProductCreated.class);
        types.put("catalog.product-updated", ProductUpdated.class);
        types.put("catalog.product-deleted", ProductDeleted.class);
        types.put("catalog.stock-reserved", StockReserved.class);
        types.put("catalog.stock-released", StockReleased.class);
        types.put("ordering.order-placed", OrderPlaced.class);
        types.put("ordering.order-status-changed", OrderStatusChanged.class);
        types.put("ordering.order-cancelled", OrderCancelled.class);
        types.put("discount.coupon-redeemed", CouponRedeemed.class);
        types.put("discount.coupon-released", CouponReleased.class);
        types.put("comment.review-published", ReviewPublished.class);
        types.put("comment.review-removed", ReviewRemoved.class);
        return Map.copyOf(types);
    }
}
