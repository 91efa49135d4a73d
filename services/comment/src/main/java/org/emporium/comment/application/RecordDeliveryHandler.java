package org.emporium.comment.application;

import java.util.UUID;
import org.emporium.comment.domain.CustomerId;
import org.emporium.comment.domain.ProductId;
import org.emporium.comment.domain.VerifiedPurchases;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class RecordDeliveryHandler implements Handler<RecordDelivery, UUID> {
    private final VerifiedPurchases purchases;

    RecordDeliveryHandler(VerifiedPurchases purchases) {
        this.purchases = purchases;
    }

    @Override
    public UUID handle(RecordDelivery command) {
        purchases.record(
                command.orderId(),
                new CustomerId(command.customerId()),
                command.productIds().stream().map(ProductId::new).toList());
        return command.orderId();
    }
}
