package org.emporium.catalog.application.product;

import java.util.List;
import org.emporium.catalog.application.Outbox;
import org.emporium.catalog.domain.product.ProductEvent;
import org.emporium.catalog.domain.product.ProductSnapshot;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.springframework.stereotype.Component;

/** Turns the product aggregate's domain events into the published {@code catalog.product-*} contracts. */
@Component
public class ProductEventPublisher {
    private final Outbox outbox;

    public ProductEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public void publish(List<ProductEvent> events) {
        events.forEach(event -> outbox.add(toContract(event)));
    }

    static IntegrationEvent toContract(ProductEvent event) {
        return switch (event) {
            case ProductEvent.ProductCreated created -> created(created.product(), created);
            case ProductEvent.ProductUpdated updated -> updated(updated);
            case ProductEvent.ProductDeleted deleted ->
                new ProductDeleted(deleted.productId().value(), deleted.occurredAt());
        };
    }

    private static ProductCreated created(ProductSnapshot p, ProductEvent.ProductCreated event) {
        var d = p.details();
        return new ProductCreated(
                p.id().value(),
                d.slug().value(),
                d.name(),
                d.categoryId().value(),
                d.brand(),
                p.price().amount(),
                p.price().currency().getCurrencyCode(),
                p.status().name(),
                p.stock(),
                event.occurredAt());
    }

    private static ProductUpdated updated(ProductEvent.ProductUpdated event) {
        var p = event.product();
        var d = p.details();
        return new ProductUpdated(
                p.id().value(),
                d.slug().value(),
                d.name(),
                d.categoryId().value(),
                d.brand(),
                p.price().amount(),
                p.price().currency().getCurrencyCode(),
                p.status().name(),
                p.stock(),
                event.changes().stream().map(Enum::name).sorted().toList(),
                p.version() + 1,
                event.occurredAt());
    }
}
