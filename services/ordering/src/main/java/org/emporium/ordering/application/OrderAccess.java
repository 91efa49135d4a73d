package org.emporium.ordering.application;

import java.util.UUID;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderingErrors;
import org.emporium.ordering.domain.Orders;
import org.jspecify.annotations.Nullable;

/** Loads an order for a change, locked; another customer's order is 404 like a missing one. */
final class OrderAccess {
    private OrderAccess() {}

    /** @param customerId the customer acting, or null for an admin or the system (any order) */
    static Order locked(Orders orders, OrderId id, @Nullable UUID customerId) {
        var order = orders.lockedById(id).orElseThrow(() -> OrderingErrors.orderNotFound(id));
        if (customerId != null && !order.belongsTo(customerId)) {
            throw OrderingErrors.orderNotFound(id);
        }
        return order;
    }

    static String actor(@Nullable UUID customerId, @Nullable UUID adminId) {
        if (adminId != null) {
            return "admin:" + adminId;
        }
        return customerId == null ? "system" : "customer:" + customerId;
    }
}
