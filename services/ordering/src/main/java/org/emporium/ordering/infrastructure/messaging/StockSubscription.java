package org.emporium.ordering.infrastructure.messaging;

import org.emporium.contracts.catalog.StockRejected;
import org.emporium.contracts.catalog.StockReserved;
import org.emporium.ordering.application.RecordStockRejected;
import org.emporium.ordering.application.RecordStockReserved;
import org.emporium.ordering.domain.StockShortfall;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue {@code ordering.stock}: catalog's answer to {@code ordering.order-placed} becomes a command. The
 * platform runs each in a transaction with its inbox entry (a redelivery is a no-op) and retries or dead-letters.
 */
@Configuration(proxyBeanMethods = false)
class StockSubscription {

    @Bean
    EventSubscription stock(Mediator mediator) {
        return EventSubscription.forQueue("stock")
                .on(
                        "catalog.stock-reserved",
                        StockReserved.class,
                        (event, metadata) -> mediator.send(new RecordStockReserved(event.orderId())))
                .on(
                        "catalog.stock-rejected",
                        StockRejected.class,
                        (event, metadata) -> mediator.send(new RecordStockRejected(
                                event.orderId(),
                                event.lines().stream()
                                        .map(line -> new StockShortfall(
                                                line.productId(), line.requested(), line.available(), line.reason()))
                                        .toList())))
                .build();
    }
}
