package org.emporium.ordering.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One customer's order and its state machine ({@link OrderStatus}). Every transition appends a {@link StatusChange}
 * to the history and registers an {@link OrderEvent.StatusChanged}; a cancellation or expiry also registers an
 * {@link OrderEvent.Cancelled}. A move the state machine does not allow is refused with 409
 * {@code ORDERING.ILLEGAL_TRANSITION} naming both statuses. The saga's reactions ({@link #stockReserved},
 * {@link #stockRejected}) instead ignore an order that has already moved on (a late or redelivered event is not an
 * error). {@link #version()} is the optimistic-locking version.
 */
public final class Order {
    /** The version of an order that was never saved; the first save stores version 0. */
    public static final long NEW = -1;
    /** The longest cancellation note kept. */
    public static final int MAX_NOTE_LENGTH = 500;

    private final OrderId id;
    private final UUID customerId;
    private final List<OrderLine> lines;
    private final Totals totals;
    private final @Nullable Long basketRevision;
    private final Instant placedAt;
    private OrderStatus status;
    private final List<StatusChange> history;
    private @Nullable Payment payment;
    private @Nullable ShippingAddress shippingAddress;
    private @Nullable Shipment shipment;
    private @Nullable String cancelNote;
    private List<StockShortfall> stockShortfalls = List.of();
    private Instant updatedAt;
    private final long version;
    private final List<OrderEvent> events = new ArrayList<>();

    private Order(
            OrderId id,
            UUID customerId,
            List<OrderLine> lines,
            Totals totals,
            @Nullable Long basketRevision,
            Instant placedAt,
            OrderStatus status,
            List<StatusChange> history,
            @Nullable Payment payment,
            Instant updatedAt,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.lines = List.copyOf(lines);
        this.totals = Objects.requireNonNull(totals, "totals");
        this.basketRevision = basketRevision;
        this.placedAt = Objects.requireNonNull(placedAt, "placedAt");
        this.status = Objects.requireNonNull(status, "status");
        this.history = new ArrayList<>(history);
        this.payment = payment;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Places an order shipped to {@code address} (see {@link #place(OrderId, UUID, List, Totals, Long, Instant)}). */
    public static Order place(
            OrderId id,
            UUID customerId,
            List<OrderLine> lines,
            Totals totals,
            @Nullable Long basketRevision,
            ShippingAddress address,
            Instant now) {
        Objects.requireNonNull(address, "address");
        if (!ShippingAddress.isCountryCode(address.country())) {
            throw new IllegalArgumentException("Not an ISO 3166-1 alpha-2 country code: " + address.country());
        }
        var order = place(id, customerId, lines, totals, basketRevision, now);
        order.shippingAddress = address;
        return order;
    }

    /** Places an order: {@code PENDING}, history entry 1, and the placed + status-changed events. */
    public static Order place(
            OrderId id,
            UUID customerId,
            List<OrderLine> lines,
            Totals totals,
            @Nullable Long basketRevision,
            Instant now) {
        if (lines.isEmpty()) {
            throw OrderingErrors.emptyBasket();
        }
        var first = new StatusChange(1, null, OrderStatus.PENDING, null, now);
        var order = new Order(
                id,
                customerId,
                lines,
                totals,
                basketRevision,
                now,
                OrderStatus.PENDING,
                List.of(first),
                null,
                now,
                NEW);
        order.events.add(new OrderEvent.Placed(order));
        order.events.add(new OrderEvent.StatusChanged(order, first));
        return order;
    }

    /** Rebuilds a stored order with its address, shipment, cancellation note and stock shortfalls; persistence only. */
    public static Order restore(
            OrderId id,
            UUID customerId,
            List<OrderLine> lines,
            Totals totals,
            @Nullable Long basketRevision,
            Instant placedAt,
            OrderStatus status,
            List<StatusChange> history,
            @Nullable Payment payment,
            @Nullable ShippingAddress shippingAddress,
            @Nullable Shipment shipment,
            @Nullable String cancelNote,
            List<StockShortfall> stockShortfalls,
            Instant updatedAt,
            long version) {
        var order = new Order(
                id, customerId, lines, totals, basketRevision, placedAt, status, history, payment, updatedAt, version);
        order.shippingAddress = shippingAddress;
        order.shipment = shipment;
        order.cancelNote = cancelNote;
        order.stockShortfalls = List.copyOf(stockShortfalls);
        return order;
    }

    /** The catalog reserved the stock: {@code PENDING → AWAITING_PAYMENT}; ignored (false) once the order moved on. */
    public boolean stockReserved(Instant now) {
        if (status != OrderStatus.PENDING) {
            return false;
        }
        move(OrderStatus.AWAITING_PAYMENT, null, now);
        return true;
    }

    /**
     * The catalog could not reserve the stock: {@code PENDING → CANCELLED}, keeping which lines failed and why;
     * ignored (false) once it moved on.
     */
    public boolean stockRejected(List<StockShortfall> shortfalls, Instant now) {
        if (status != OrderStatus.PENDING) {
            return false;
        }
        stockShortfalls = List.copyOf(shortfalls);
        cancel(CancelReason.STOCK_REJECTED, null, now);
        return true;
    }

    /** The payment went through: {@code AWAITING_PAYMENT → PAID}. */
    public void paid(Payment payment, Instant now) {
        require(OrderStatus.PAID);
        this.payment = Objects.requireNonNull(payment, "payment");
        move(OrderStatus.PAID, null, now);
    }

    /** Whether paying is possible now (checked before the provider is charged). */
    public void requirePayable() {
        require(OrderStatus.PAID);
    }

    /**
     * The customer cancels, with an optional note: allowed before shipping. A paid order must be refunded: see
     * {@link #refunded}.
     */
    public void cancelByCustomer(@Nullable String note, Instant now) {
        require(OrderStatus.CANCELLED);
        cancel(CancelReason.CUSTOMER_REQUEST, note, now);
    }

    /** An admin cancels, with an optional note: the same rules as {@link #cancelByCustomer}, reason {@code ADMIN}. */
    public void cancelByAdmin(@Nullable String note, Instant now) {
        require(OrderStatus.CANCELLED);
        cancel(CancelReason.ADMIN, note, now);
    }

    /** Records the refund of a cancelled paid order; once only. */
    public void refunded(String refundReference, Instant now) {
        if (!awaitsRefund() || payment == null) {
            throw new IllegalStateException("Order " + id + " is not owed a refund");
        }
        payment = payment.refunded(refundReference);
        updatedAt = now;
    }

    /** Whether the order is cancelled with a payment that is not refunded yet (the refund is owed). */
    public boolean awaitsRefund() {
        return status == OrderStatus.CANCELLED && payment != null && payment.refundReference() == null;
    }

    /** Whether the order holds money that a cancellation must give back. */
    public boolean wasPaid() {
        return payment != null;
    }

    public void ship(Instant now) {
        require(OrderStatus.SHIPPED);
        move(OrderStatus.SHIPPED, null, now);
    }

    /** An admin hands the paid order to {@code carrier}: {@code PAID → SHIPPED}, the shipment recorded. */
    public void ship(String carrier, String trackingNumber, Instant now) {
        require(OrderStatus.SHIPPED);
        move(OrderStatus.SHIPPED, null, now);
        shipment = new Shipment(carrier, trackingNumber, now, null);
    }

    public void deliver(Instant now) {
        require(OrderStatus.DELIVERED);
        move(OrderStatus.DELIVERED, null, now);
        if (shipment != null) {
            shipment = shipment.delivered(now);
        }
    }

    /** Not paid in time: {@code PENDING | AWAITING_PAYMENT → EXPIRED}; ignored (false) for any other status. */
    public boolean expire(Instant now) {
        if (!status.isUnpaid()) {
            return false;
        }
        move(OrderStatus.EXPIRED, CancelReason.PAYMENT_TIMEOUT, now);
        events.add(new OrderEvent.Cancelled(this, CancelReason.PAYMENT_TIMEOUT, now));
        return true;
    }

    private void cancel(CancelReason reason, @Nullable String note, Instant now) {
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new IllegalArgumentException("A cancellation note has at most " + MAX_NOTE_LENGTH + " characters");
        }
        cancelNote = note == null || note.isBlank() ? null : note.strip();
        move(OrderStatus.CANCELLED, reason, now);
        events.add(new OrderEvent.Cancelled(this, reason, now));
    }

    private void require(OrderStatus to) {
        if (!status.canMoveTo(to)) {
            throw OrderingErrors.illegalTransition(id, status, to);
        }
    }

    private void move(OrderStatus to, @Nullable CancelReason reason, Instant now) {
        require(to);
        var change = new StatusChange(history.size() + 1, status, to, reason, now);
        history.add(change);
        status = to;
        updatedAt = now;
        events.add(new OrderEvent.StatusChanged(this, change));
    }

    /** The events registered since the order was placed or restored, in order; cleared by {@link #pullEvents}. */
    public List<OrderEvent> pullEvents() {
        var pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public OrderId id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public boolean belongsTo(UUID customer) {
        return customerId.equals(customer);
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Totals totals() {
        return totals;
    }

    public @Nullable Long basketRevision() {
        return basketRevision;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public OrderStatus status() {
        return status;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public @Nullable Payment payment() {
        return payment;
    }

    public @Nullable ShippingAddress shippingAddress() {
        return shippingAddress;
    }

    public @Nullable Shipment shipment() {
        return shipment;
    }

    /** The note given with a cancellation (the customer's or the admin's words, stored as sent), if any. */
    public @Nullable String cancelNote() {
        return cancelNote;
    }

    /** The lines the catalog could not reserve, for an order it rejected; empty otherwise. */
    public List<StockShortfall> stockShortfalls() {
        return stockShortfalls;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
