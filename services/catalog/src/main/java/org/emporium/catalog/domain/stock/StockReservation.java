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
 * what makes a redelivered or duplicated order-placed event harmless. It registers a {@link StockReservationEvent}
 * for each outcome the order saga hears about (reserved, rejected, released); the marker of an early cancellation
 * registers none. {@link #version()} is the optimistic-locking version.
 */
public final class StockReservation {
    /** The version of a reservation that was never saved; the first save stores version 0. */
    public static final long NEW = -1;

    private final OrderId orderId;
    private final List<ReservationLine> lines;
    private final List<RejectedLine> rejectedLines;
    private ReservationStatus status;
    private final Instant createdAt;
    private Instant updatedAt;
    private final long version;
    private final List<StockReservationEvent> events = new ArrayList<>();

    private StockReservation(
            OrderId orderId,
            List<ReservationLine> lines,
            List<RejectedLine> rejectedLines,
            ReservationStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        this.orderId = Objects.requireNonNull(orderId, "orderId");
        this.lines = List.copyOf(lines);
        this.rejectedLines = List.copyOf(rejectedLines);
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
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
            var refusal = new StockReservation(orderId, lines, rejected, ReservationStatus.REJECTED, now, now, NEW);
            refusal.events.add(new StockReservationEvent.StockRejected(orderId, refusal.rejectedLines, now));
            return refusal;
        }
        lines.forEach(line -> products.get(line.productId()).reserve(line.quantity(), now));
        var reservation = new StockReservation(orderId, lines, List.of(), ReservationStatus.RESERVED, now, now, NEW);
        reservation.events.add(new StockReservationEvent.StockReserved(orderId, reservation.lines, now));
        return reservation;
    }

    /** The marker left when an order is cancelled before the catalog heard it was placed. */
    public static StockReservation cancelledBeforePlacement(OrderId orderId, Instant now) {
        return new StockReservation(orderId, List.of(), List.of(), ReservationStatus.CANCELLED, now, now, NEW);
    }

    /** Rebuilds a stored reservation without registering events; persistence only. */
    public static StockReservation restore(
            OrderId orderId,
            List<ReservationLine> lines,
            List<RejectedLine> rejectedLines,
            ReservationStatus status,
            Instant createdAt,
            Instant updatedAt,
            long version) {
        return new StockReservation(orderId, lines, rejectedLines, status, createdAt, updatedAt, version);
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
        events.add(new StockReservationEvent.StockReleased(orderId, lines, now));
        return true;
    }

    /** Whether the reservation holds stock out of its products (reserved and not released). */
    public boolean holdsStock() {
        return status == ReservationStatus.RESERVED;
    }

    /** The events registered since the last call, in order; the repository publishes them when it saves. */
    public List<StockReservationEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
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

    public long version() {
        return version;
    }

    /** Whether the reservation was never saved: saving it inserts it. */
    public boolean isNew() {
        return version == NEW;
    }
}
