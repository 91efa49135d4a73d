package org.emporium.contracts;

import java.util.List;

/**
 * Every consumer queue of the platform and what is bound to it. Each service declares all of them on the broker
 * before it relays its first event, so an event whose consumer is not deployed yet (a fresh broker, a service added
 * later) waits in that consumer's queue instead of being dropped as unroutable. A service that adds an
 * {@code EventSubscription} adds it here too (platform-messaging warns at start-up when one is missing).
 */
public final class Subscriptions {

    /** The platform's subscriptions, as the consuming services declare them. */
    public static final List<Subscription> ALL = List.of(
            new Subscription("catalog", "order-stock", List.of("ordering.order-placed", "ordering.order-cancelled")),
            new Subscription(
                    "catalog", "product-ratings", List.of("comment.review-published", "comment.review-removed")),
            new Subscription("comment", "deliveries", List.of("ordering.order-status-changed")),
            new Subscription(
                    "comment",
                    "products",
                    List.of("catalog.product-created", "catalog.product-updated", "catalog.product-deleted")),
            new Subscription("discount", "order-status", List.of("ordering.order-status-changed")),
            new Subscription(
                    "basket",
                    "product-copy",
                    List.of("catalog.product-created", "catalog.product-updated", "catalog.product-deleted")),
            new Subscription("basket", "order-placed", List.of("ordering.order-placed")),
            new Subscription("ordering", "stock", List.of("catalog.stock-reserved", "catalog.stock-rejected")),
            new Subscription(
                    "message",
                    "notifications",
                    List.of(
                            "identity.user-registered",
                            "ordering.order-placed",
                            "ordering.order-status-changed",
                            "comment.review-published",
                            "comment.review-rejected")),
            new Subscription(
                    "statistics",
                    "events",
                    List.of(
                            "identity.user-registered",
                            "catalog.product-created",
                            "catalog.product-updated",
                            "catalog.product-deleted",
                            "catalog.stock-reserved",
                            "catalog.stock-released",
                            "ordering.order-placed",
                            "ordering.order-status-changed",
                            "ordering.order-cancelled",
                            "discount.coupon-redeemed",
                            "discount.coupon-released",
                            "comment.review-published",
                            "comment.review-removed")));

    private Subscriptions() {}
}
