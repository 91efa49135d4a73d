package org.emporium.message.infrastructure.messaging;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.emporium.contracts.comment.ReviewPublished;
import org.emporium.contracts.comment.ReviewRejected;
import org.emporium.contracts.identity.UserRegistered;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.message.application.Notify;
import org.emporium.message.domain.NotificationKind;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventMetadata;
import org.emporium.platform.messaging.EventSubscription;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue {@code message.notifications}: the platform's events a user cares about become {@link Notify} commands
 * through the same mediator as HTTP requests; the platform applies each event id once (inbox), retries and
 * dead-letters. Every handled event leaves one structured audit line with its id and trace id.
 */
@Configuration(proxyBeanMethods = false)
class MessageSubscriptions {
    private static final Logger audit = LoggerFactory.getLogger("org.emporium.message.audit");

    @Bean
    EventSubscription notifications(Mediator mediator) {
        return EventSubscription.forQueue("notifications")
                .on(
                        UserRegistered.ROUTING_KEY,
                        UserRegistered.class,
                        (event, metadata) -> notify(
                                mediator,
                                metadata,
                                event.userId(),
                                NotificationKind.WELCOME,
                                Map.of("name", event.displayName() == null ? "" : event.displayName())))
                .on(
                        "ordering.order-placed",
                        OrderPlaced.class,
                        (event, metadata) -> notify(
                                mediator,
                                metadata,
                                event.customerId(),
                                NotificationKind.ORDER_RECEIVED,
                                Map.of(
                                        "order",
                                        event.orderId().toString(),
                                        "items",
                                        Integer.toString(event.lines().stream()
                                                .mapToInt(OrderPlaced.Line::quantity)
                                                .sum()))))
                .on("ordering.order-status-changed", OrderStatusChanged.class, (event, metadata) -> {
                    var kind = kindOf(event.to());
                    if (kind.isEmpty()) {
                        skip(metadata, "status " + event.to() + " needs no notification");
                        return;
                    }
                    notify(mediator, metadata, event.customerId(), kind.get(), parameters(event));
                })
                .on(
                        "comment.review-published",
                        ReviewPublished.class,
                        (event, metadata) -> notify(
                                mediator,
                                metadata,
                                event.customerId(),
                                NotificationKind.REVIEW_APPROVED,
                                Map.of(
                                        "rating",
                                        Integer.toString(event.rating()),
                                        "product",
                                        event.productId().toString())))
                .on(
                        "comment.review-rejected",
                        ReviewRejected.class,
                        (event, metadata) -> notify(
                                mediator,
                                metadata,
                                event.customerId(),
                                NotificationKind.REVIEW_REJECTED,
                                Map.of(
                                        "reason",
                                        event.reason(),
                                        "product",
                                        event.productId().toString())))
                .build();
    }

    /** The notification for an order's new status; none for {@code PENDING} (order-placed already said so). */
    static Optional<NotificationKind> kindOf(String status) {
        return Optional.ofNullable(
                switch (status) {
                    case "AWAITING_PAYMENT" -> NotificationKind.ORDER_AWAITING_PAYMENT;
                    case "PAID" -> NotificationKind.ORDER_PAID;
                    case "SHIPPED" -> NotificationKind.ORDER_SHIPPED;
                    case "DELIVERED" -> NotificationKind.ORDER_DELIVERED;
                    case "CANCELLED" -> NotificationKind.ORDER_CANCELLED;
                    case "EXPIRED" -> NotificationKind.ORDER_EXPIRED;
                    default -> null;
                });
    }

    static Map<String, String> parameters(OrderStatusChanged event) {
        var totals = event.totals();
        return Map.of(
                "order", event.orderId().toString(),
                "reason", event.reason() == null ? "no reason given" : event.reason(),
                "total", totals == null ? "" : totals.total().toPlainString(),
                "currency", totals == null ? "" : totals.currency());
    }

    private static void notify(
            Mediator mediator,
            EventMetadata metadata,
            UUID userId,
            NotificationKind kind,
            Map<String, String> parameters) {
        var id = mediator.send(new Notify(userId, kind, parameters));
        audit.atInfo()
                .addKeyValue("event_id", metadata.id())
                .addKeyValue("event_type", metadata.routingKey())
                .addKeyValue("trace_id", traceId(metadata.traceparent()))
                .addKeyValue("user_id", userId)
                .addKeyValue("notification_id", id)
                .addKeyValue("kind", kind)
                .log("Event handled: notification created");
    }

    private static void skip(EventMetadata metadata, String why) {
        audit.atInfo()
                .addKeyValue("event_id", metadata.id())
                .addKeyValue("event_type", metadata.routingKey())
                .addKeyValue("trace_id", traceId(metadata.traceparent()))
                .log("Event handled: no notification ({})", why);
    }

    /** The trace id of a W3C {@code traceparent} ({@code 00-<trace id>-<span id>-<flags>}), or "-". */
    static String traceId(@Nullable String traceparent) {
        if (traceparent == null) {
            return "-";
        }
        var parts = traceparent.split("-");
        return parts.length >= 2 ? parts[1] : "-";
    }
}
