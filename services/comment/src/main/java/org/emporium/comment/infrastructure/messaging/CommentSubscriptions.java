package org.emporium.comment.infrastructure.messaging;

import org.emporium.comment.application.RecordDelivery;
import org.emporium.comment.application.RecordProduct;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queues {@code comment.deliveries} (ordering's delivered orders → verified buyers) and {@code comment.products}
 * (catalog's product events → the local product copy). Each event becomes a command through the same mediator as
 * HTTP requests; the platform applies each once (inbox), retries and dead-letters.
 */
@Configuration(proxyBeanMethods = false)
class CommentSubscriptions {
    static final String DELIVERED = "DELIVERED";

    @Bean
    EventSubscription deliveries(Mediator mediator) {
        return EventSubscription.forQueue("deliveries")
                .on("ordering.order-status-changed", OrderStatusChanged.class, (event, metadata) -> {
                    if (DELIVERED.equals(event.to())) {
                        mediator.send(delivery(event));
                    }
                })
                .build();
    }

    @Bean
    EventSubscription products(Mediator mediator) {
        return EventSubscription.forQueue("products")
                .on(
                        "catalog.product-created",
                        ProductCreated.class,
                        (event, metadata) -> mediator.send(new RecordProduct(
                                event.productId(), event.slug(), event.name(), event.status(), 0, false)))
                .on(
                        "catalog.product-updated",
                        ProductUpdated.class,
                        (event, metadata) -> mediator.send(new RecordProduct(
                                event.productId(),
                                event.slug(),
                                event.name(),
                                event.status(),
                                event.productVersion(),
                                false)))
                .on(
                        "catalog.product-deleted",
                        ProductDeleted.class,
                        (event, metadata) ->
                                mediator.send(new RecordProduct(event.productId(), "", "", "DELETED", 0, true)))
                .build();
    }

    static RecordDelivery delivery(OrderStatusChanged event) {
        var lines = event.lines() == null ? java.util.List.<OrderStatusChanged.Line>of() : event.lines();
        return new RecordDelivery(
                event.orderId(),
                event.customerId(),
                lines.stream()
                        .map(OrderStatusChanged.Line::productId)
                        .distinct()
                        .toList());
    }
}
