package org.emporium.catalog.domain.stock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.emporium.catalog.domain.product.Product;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.StockShortage;

/**
 * What the catalog holds for one order. Reserving is all or nothing: either every line's quantity leaves stock, or
 * none does and the reservation records the lines that failed. There is exactly one reservation per order, which is
 * what makes a redelivered or duplicated order-placed event harmless.
 */
public final class StockReservation {
    private final OrderId orderId;
    private final List<ReservationLine> lines;
    private final List<RejectedLine> rejectedLines;
    private ReservationStatus status;
    private final Instant createdAt;
    private Instant updatedAt;

    private StockReservation(
            OrderId orderId,
            List<ReservationLine> lines,
            List<RejectedLine> rejectedLines,
            ReservationStatus status,
            Instant createdAt,
            Instant updatedAt) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.lines = List.copyOf(lines);
        this.rejectedLines = List.copyOf(rejectedLines);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    /**
     * Reserves every requested line from {@code products} (the locked products that exist), or none. Lines for the
     * same product are added up first.
     */
    public static StockReservation reserve(
            OrderId orderId, List<ReservationLine> requested, Map<ProductId, Product> products, Instant now) {
        if (requested.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
        var merged = new LinkedHashMap<ProductId, Integer>();
        requested.forEach(line -> merged.merge(line.productId(), line.quantity(), Math::addExact));
        var lines = merged.entrySet().stream()
                .map(e -> new ReservationLine(e.getKey(), e.getValue()))
                .toList();
        var rejected = new ArrayList<RejectedLine>();
        for (var line : lines) {
            var product = products.get(line.productId());
            var shortage = product == null ? StockShortage.UNKNOWN_PRODUCT : product.shortageFor(line.quantity());
            if (shortage != null) {
                rejected.add(new RejectedLine(
                        line.productId(), line.quantity(), product == null ? 0 : product.stock(), shortage));
            }
        }
        if (!rejected.isEmpty()) {
            return new StockReservation(orderId, lines, rejected, ReservationStatus.REJECTED, now, now);
        }
        lines.forEach(line -> products.get(line.productId()).reserve(line.quantity(), now));
        return new StockReservation(orderId, lines, List.of(), ReservationStatus.RESERVED, now, now);
    }

    /** The marker left when an order is cancelled before the catalog heard it was placed. */
    public static StockReservation cancelledBeforePlacement(OrderId orderId, Instant now) {
        return new StockReservation(orderId, List.of(), List.of(), ReservationStatus.CANCELLED, now, now);
    }

    public static StockReservation restore(
            OrderId orderId,
            List<ReservationLine> lines,
            List<RejectedLine> rejectedLines,
            ReservationStatus status,
            Instant createdAt,
            Instant updatedAt) {
        return new StockReservation(orderId, lines, rejectedLines, status, createdAt, updatedAt);
    }

    /**
     * Puts the reserved quantities back into {@code products}. Only a reservation that holds stock releases
     * anything; releasing twice, or a rejected reservation, changes nothing.
     *
     * @return whether stock was put back
     */
    public boolean release(Map<ProductId, Product> products, Instant now) {
        if (status != ReservationStatus.RESERVED) {
            return false;
        }
        for (var line : lines) {
            var product = products.get(line.productId());
            if (product != null) {
                product.release(line.quantity(), now);
            }
        }
        status = ReservationStatus.RELEASED;
        updatedAt = now;
        return true;
    }

    public OrderId orderId() {
        return orderId;
    }

    public List<ReservationLine> lines() {
        return lines;
    }

    public List<RejectedLine> rejectedLines() {
        return rejectedLines;
    }

    public ReservationStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
