package org.emporium.discount.infrastructure.messaging;

import org.emporium.contracts.ordering.OrderStatusChanged;
import org.emporium.discount.application.ConfirmRedemption;
import org.emporium.discount.application.ReleaseRedemption;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.messaging.EventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The queue {@code discount.order-status}: an order paid confirms its coupon's redemption, an order cancelled or
 * expired releases it; every other status is ignored, and so is an order without a reservation. The platform runs
 * each in a transaction with its inbox entry (a redelivery is a no-op) and retries or dead-letters failures.
 */
@Configuration(proxyBeanMethods = false)
class OrderStatusSubscription {

    @Bean
    EventSubscription orderStatus(Mediator mediator) {
        return EventSubscription.forQueue("order-status")
                .on("ordering.order-status-changed", OrderStatusChanged.class, (event, metadata) -> {
                    switch (event.to()) {
                        case "PAID" -> mediator.send(new ConfirmRedemption(event.orderId(), event.customerId()));
                        case "CANCELLED" -> mediator.send(new ReleaseRedemption(event.orderId(), "ORDER_CANCELLED"));
                        case "EXPIRED" -> mediator.send(new ReleaseRedemption(event.orderId(), "ORDER_EXPIRED"));
                        default -> {
                            // other transitions do not concern coupons
                        }
                    }
                })
                .build();
    }
}
