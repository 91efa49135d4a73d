package org.emporium.ordering.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.ordering.domain.CancelReason;
import org.emporium.ordering.domain.Money;
import org.emporium.ordering.domain.Order;
import org.emporium.ordering.domain.OrderId;
import org.emporium.ordering.domain.OrderLine;
import org.emporium.ordering.domain.OrderStatus;
import org.emporium.ordering.domain.Orders;
import org.emporium.ordering.domain.Payment;
import org.emporium.ordering.domain.Shipment;
import org.emporium.ordering.domain.ShippingAddress;
import org.emporium.ordering.domain.StatusChange;
import org.emporium.ordering.domain.StockShortfall;
import org.emporium.ordering.domain.Totals;
import org.emporium.ordering.infrastructure.messaging.ContractEvents;
import org.emporium.platform.messaging.EventOutbox;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Orders over {@code orders}, {@code order_lines} and {@code order_status_history}; saving feeds the outbox. */
@Repository
class JdbcOrders implements Orders {
    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    JdbcOrders(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Optional<Order> lockedById(OrderId id) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    @Override
    public Optional<Order> lockedIfFree(OrderId id) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id FOR UPDATE SKIP LOCKED")
                .param("id", id.value())
                .query(this::row)
                .optional();
    }

    @Override
    public List<OrderId> unpaidPlacedBefore(Instant cutoff, int limit) {
        return jdbc.sql("""
                        SELECT id FROM orders WHERE status IN ('PENDING', 'AWAITING_PAYMENT') AND placed_at < :cutoff
                        ORDER BY placed_at LIMIT :limit""")
                .param("cutoff", Timestamp.from(cutoff))
                .param("limit", limit)
                .query((rs, n) -> new OrderId(rs.getObject("id", UUID.class)))
                .list();
    }

    @Override
    public void save(Order order, String actor) {
        if (order.version() == Order.NEW) {
            insert(order);
        } else {
            update(order);
        }
        for (var change : order.history()) {
            jdbc.sql("""
                            INSERT INTO order_status_history (order_id, sequence, from_status, to_status, reason, actor, at)
                            VALUES (:order, :sequence, :from, :to, :reason, :actor, :at)
                            ON CONFLICT (order_id, sequence) DO NOTHING""")
                    .param("order", order.id().value())
                    .param("sequence", change.sequence())
                    .param("from", change.from() == null ? null : change.from().name())
                    .param("to", change.to().name())
                    .param(
                            "reason",
                            change.reason() == null ? null : change.reason().name())
                    .param("actor", actor)
                    .param("at", Timestamp.from(change.at()))
                    .update();
        }
        int position = 0;
        for (var shortfall : order.stockShortfalls()) {
            jdbc.sql("""
                            INSERT INTO order_stock_shortfalls (order_id, position, product_id, requested, available,
                                reason)
                            VALUES (:order, :position, :product, :requested, :available, :reason)
                            ON CONFLICT (order_id, position) DO NOTHING""")
                    .param("order", order.id().value())
                    .param("position", position++)
                    .param("product", shortfall.productId())
                    .param("requested", shortfall.requested())
                    .param("available", shortfall.available())
                    .param("reason", shortfall.reason())
                    .update();
        }
        order.pullEvents().forEach(event -> outbox.add(ContractEvents.of(event)));
    }

    private void insert(Order order) {
        var totals = order.totals();
        var address = order.shippingAddress();
        if (address == null) {
            throw new IllegalStateException("A new order has a shipping address");
        }
        jdbc.sql("""
                        INSERT INTO orders (id, customer_id, status, currency, subtotal, discount, total, coupon_code,
                            basket_revision, item_count, ship_name, ship_line1, ship_line2, ship_postal_code, ship_city,
                            ship_country, placed_at, updated_at, version)
                        VALUES (:id, :customer, :status, :currency, :subtotal, :discount, :total, :coupon, :revision,
                            :items, :name, :line1, :line2, :postalCode, :city, :country, :placedAt, :updatedAt, 0)""")
                .param("id", order.id().value())
                .param("customer", order.customerId())
                .param("status", order.status().name())
                .param("currency", totals.currency())
                .param("subtotal", totals.subtotal())
                .param("discount", totals.discount())
                .param("total", totals.total())
                .param("coupon", totals.couponCode())
                .param("revision", order.basketRevision())
                .param(
                        "items",
                        order.lines().stream().mapToInt(OrderLine::quantity).sum())
                .param("name", address.name())
                .param("line1", address.line1())
                .param("line2", address.line2())
                .param("postalCode", address.postalCode())
                .param("city", address.city())
                .param("country", address.country())
                .param("placedAt", Timestamp.from(order.placedAt()))
                .param("updatedAt", Timestamp.from(order.updatedAt()))
                .update();
        int position = 0;
        for (var line : order.lines()) {
            jdbc.sql("""
                            INSERT INTO order_lines (order_id, position, product_id, product_name, category_id,
                                quantity, unit_price, line_total, discount)
                            VALUES (:order, :position, :product, :name, :category, :quantity, :unitPrice, :lineTotal,
                                :discount)""")
                    .param("order", order.id().value())
                    .param("position", position++)
                    .param("product", line.productId())
                    .param("name", line.productName())
                    .param("category", line.categoryId())
                    .param("quantity", line.quantity())
                    .param("unitPrice", line.unitPrice())
                    .param("lineTotal", line.lineTotal())
                    .param("discount", line.discount())
                    .update();
        }
    }

    private void update(Order order) {
        var payment = order.payment();
        var shipment = order.shipment();
        var last = order.history().getLast();
        var cancelReason = order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.EXPIRED
                ? (last.reason() == null ? null : last.reason().name())
                : null;
        int updated = jdbc.sql("""
                        UPDATE orders SET status = :status, updated_at = :updatedAt, version = version + 1,
                            card_last4 = :last4, payment_reference = :reference, paid_at = :paidAt,
                            refunded_at = CASE WHEN refund_reference IS NULL AND CAST(:refund AS VARCHAR) IS NOT NULL
                                THEN :updatedAt ELSE refunded_at END,
                            refund_reference = :refund,
                            carrier = :carrier, tracking_number = :tracking, shipped_at = :shippedAt,
                            delivered_at = :deliveredAt, cancel_reason = :cancelReason, cancel_note = :cancelNote
                        WHERE id = :id AND version = :version""")
                .param("id", order.id().value())
                .param("version", order.version())
                .param("status", order.status().name())
                .param("updatedAt", Timestamp.from(order.updatedAt()))
                .param("last4", payment == null ? null : payment.cardLast4())
                .param("reference", payment == null ? null : payment.providerReference())
                .param("paidAt", payment == null ? null : Timestamp.from(payment.paidAt()))
                .param("refund", payment == null ? null : payment.refundReference())
                .param("carrier", shipment == null ? null : shipment.carrier())
                .param("tracking", shipment == null ? null : shipment.trackingNumber())
                .param("shippedAt", shipment == null ? null : Timestamp.from(shipment.shippedAt()))
                .param("deliveredAt", timestamp(shipment == null ? null : shipment.deliveredAt()))
                .param("cancelReason", cancelReason)
                .param("cancelNote", order.cancelNote())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Order " + order.id() + " was changed concurrently");
        }
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private Order row(ResultSet rs, int n) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var currency = rs.getString("currency");
        var lines = jdbc.sql("SELECT * FROM order_lines WHERE order_id = :id ORDER BY position")
                .param("id", id)
                .query((l, i) -> new OrderLine(
                        l.getObject("product_id", UUID.class),
                        l.getString("product_name"),
                        l.getObject("category_id", UUID.class),
                        l.getInt("quantity"),
                        Money.round(l.getBigDecimal("unit_price"), currency),
                        Money.round(l.getBigDecimal("line_total"), currency),
                        Money.round(l.getBigDecimal("discount"), currency)))
                .list();
        var history = jdbc.sql("SELECT * FROM order_status_history WHERE order_id = :id ORDER BY sequence")
                .param("id", id)
                .query((h, i) -> new StatusChange(
                        h.getInt("sequence"),
                        h.getString("from_status") == null ? null : OrderStatus.valueOf(h.getString("from_status")),
                        OrderStatus.valueOf(h.getString("to_status")),
                        h.getString("reason") == null ? null : CancelReason.valueOf(h.getString("reason")),
                        h.getTimestamp("at").toInstant()))
                .list();
        var shortfalls = jdbc.sql("SELECT * FROM order_stock_shortfalls WHERE order_id = :id ORDER BY position")
                .param("id", id)
                .query((f, i) -> new StockShortfall(
                        f.getObject("product_id", UUID.class),
                        f.getInt("requested"),
                        f.getInt("available"),
                        f.getString("reason")))
                .list();
        var revision = rs.getObject("basket_revision", Long.class);
        Payment payment = rs.getString("payment_reference") == null
                ? null
                : new Payment(
                        rs.getString("card_last4"),
                        rs.getString("payment_reference"),
                        rs.getTimestamp("paid_at").toInstant(),
                        rs.getString("refund_reference"));
        Shipment shipment = rs.getString("carrier") == null
                ? null
                : new Shipment(
                        rs.getString("carrier"),
                        rs.getString("tracking_number"),
                        rs.getTimestamp("shipped_at").toInstant(),
                        rs.getTimestamp("delivered_at") == null
                                ? null
                                : rs.getTimestamp("delivered_at").toInstant());
        return Order.restore(
                new OrderId(id),
                rs.getObject("customer_id", UUID.class),
                lines,
                new Totals(
                        currency,
                        rs.getBigDecimal("subtotal"),
                        rs.getBigDecimal("discount"),
                        rs.getBigDecimal("total"),
                        rs.getString("coupon_code")),
                revision,
                rs.getTimestamp("placed_at").toInstant(),
                OrderStatus.valueOf(rs.getString("status")),
                history,
                payment,
                new ShippingAddress(
                        rs.getString("ship_name"),
                        rs.getString("ship_line1"),
                        rs.getString("ship_line2"),
                        rs.getString("ship_postal_code"),
                        rs.getString("ship_city"),
                        rs.getString("ship_country")),
                shipment,
                rs.getString("cancel_note"),
                shortfalls,
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
