package org.emporium.catalog.infrastructure.messaging;

import java.util.List;
import org.emporium.catalog.domain.product.ProductEvent;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.StockReservationEvent;
import org.emporium.contracts.IntegrationEvent;
import org.emporium.contracts.catalog.ProductCreated;
import org.emporium.contracts.catalog.ProductDeleted;
import org.emporium.contracts.catalog.ProductUpdated;
import org.emporium.contracts.catalog.StockRejected;
import org.emporium.contracts.catalog.StockReleased;
import org.emporium.contracts.catalog.StockReserved;

/**
 * The one place where the catalog's domain events become the published {@code catalog.*} contracts (docs/events.md).
 * The repositories hand what an aggregate registered to the platform outbox through here, in the transaction that
 * saves the aggregate.
 */
public final class ContractEvents {
    private ContractEvents() {}

    public static IntegrationEvent of(ProductEvent event) {
        return switch (event) {
            case ProductEvent.ProductCreated created -> created(created);
            case ProductEvent.ProductUpdated updated -> updated(updated);
            case ProductEvent.ProductDeleted deleted ->
                new ProductDeleted(deleted.productId().value(), deleted.occurredAt());
        };
    }

    public static IntegrationEvent of(StockReservationEvent event) {
        return switch (event) {
            case StockReservationEvent.StockReserved reserved ->
                new StockReserved(reserved.orderId().value(), lines(reserved.lines()), reserved.occurredAt());
            case StockReservationEvent.StockReleased released ->
                new StockReleased(released.orderId().value(), lines(released.lines()), released.occurredAt());
            case StockReservationEvent.StockRejected rejected ->
                new StockRejected(
                        rejected.orderId().value(),
                        rejected.lines().stream()
                                .map(line -> new StockRejected.RejectedLine(
                                        line.productId().value(),
                                        line.requested(),
                                        line.available(),
                                        line.reason().name()))
                                .toList(),
                        rejected.occurredAt());
        };
    }

    private static List<StockReserved.Line> lines(List<ReservationLine> lines) {
        return lines.stream()
                .map(line -> new StockReserved.Line(line.productId().value(), line.quantity()))
                .toList();
    }

    private static ProductCreated created(ProductEvent.ProductCreated event) {
        var p = event.product();
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

    /** {@code productVersion} is the version this update stores: one above the one the product was loaded at. */
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
