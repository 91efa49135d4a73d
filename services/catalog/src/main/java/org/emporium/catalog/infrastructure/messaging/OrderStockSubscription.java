package org.emporium.catalog.infrastructure.messaging;

import org.emporium.catalog.application.stock.OrderLine;
import org.emporium.catalog.application.stock.ReleaseStock;
import org.emporium.catalog.application.stock.ReserveStock;
import org.emporium.contracts.ordering.OrderCancelled;
import org.emporium.contracts.ordering.OrderPlaced;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue {@code catalog.order-stock}: ordering's order events become stock commands, sent through the same
 * mediator as HTTP requests. The platform runs each in a transaction with its inbox entry (a redelivery is a no-op),
 * retries failures with back-off and dead-letters what still fails.
 */
@Configuration(proxyBeanMethods = false)
class OrderStockSubscription {

    @Bean
    EventSubscription orderStock(Mediator mediator) {
        return EventSubscription.forQueue("order-stock")
                .on("ordering.order-placed", OrderPlaced.class, (event, metadata) -> mediator.send(reserve(event)))
                .on(
                        "ordering.order-cancelled",
                        OrderCancelled.class,
                        (event, metadata) -> mediator.send(new ReleaseStock(event.orderId())))
                .build();
    }

    static ReserveStock reserve(OrderPlaced event) {
        return new ReserveStock(
                event.orderId(),
                event.lines() == null
                        ? java.util.List.of()
                        : event.lines().stream()
                                .map(line -> new OrderLine(line.productId(), line.quantity()))
                                .toList());
    }
}
