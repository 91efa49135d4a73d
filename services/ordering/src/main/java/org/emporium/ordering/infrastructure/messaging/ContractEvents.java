package org.emporium.ordering.infrastructure.messaging;

import java.util.List;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderEvent;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.ordering.domain.StatusChange;

/**
 * The one place where ordering's domain events become the published {@code ordering.*} contracts (docs/events.md).
 * The order repository is to hand what the aggregate registered to the platform outbox through here, in the
 * transaction that saves the order.
 */
public final class ContractEvents {
    private ContractEvents() {}

    public static IntegrationEvent of(OrderEvent event) {
        return switch (event) {
            case OrderEvent.Placed placed -> placed(placed.order());
            case OrderEvent.StatusChanged changed -> statusChanged(changed.order(), changed.change());
            case OrderEvent.Cancelled cancelled ->
                new OrderCancelled(
                        cancelled.order().id().value(), cancelled.reason().name(), cancelled.at());
        };
    }

    private static OrderPlaced placed(Order order) {
        var currency = order.totals().currency();
        var lines = order.lines().stream()
                .map(l -> new OrderPlaced.Line(l.productId(), l.quantity(), l.unitPrice(), currency))
                .toList();
        return new OrderPlaced(
                order.id().value(),
                order.customerId(),
                lines,
                order.placedAt(),
                order.totals().couponCode(),
                order.basketRevision());
    }

    /** Lines travel with {@code PAID} and {@code DELIVERED} only, as the contract says. */
    private static OrderStatusChanged statusChanged(Order order, StatusChange change) {
        var totals = order.totals();
        var withLines = change.to() == OrderStatus.PAID || change.to() == OrderStatus.DELIVERED;
        List<OrderStatusChanged.Line> lines = withLines
                ? order.lines().stream()
                        .map(l -> new OrderStatusChanged.Line(
                                l.productId(),
                                l.productName(),
                                l.categoryId(),
                                l.quantity(),
                                l.unitPrice(),
                                l.lineTotal()))
                        .toList()
                : List.of();
        return new OrderStatusChanged(
                order.id().value(),
                order.customerId(),
                change.from() == null ? null : change.from().name(),
                change.to().name(),
                change.reason() == null ? null : change.reason().name(),
                new OrderStatusChanged.Totals(
                        totals.currency(), totals.subtotal(), totals.discount(), totals.total(), totals.couponCode()),
                lines,
                change.sequence(),
                change.at());
    }
}
