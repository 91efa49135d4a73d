package org.emporium.ordering.infrastructure.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.ordering.application.OrderSummaryView;
import org.emporium.ordering.application.OrderView;
import org.emporium.ordering.application.OrderViews;
import org.emporium.ordering.application.OrderingSettings;
import org.emporium.ordering.domain.Money;
import org.emporium.platform.core.PageView;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The read side over the write side's tables (same transaction, so a customer always reads their own write). */
@Repository
class JdbcOrderViews implements OrderViews {
    private final JdbcClient jdbc;
    private final OrderingSettings settings;

    JdbcOrderViews(JdbcClient jdbc, OrderingSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<UUID> awaitingRefund(int limit) {
        return jdbc.sql("""
                        SELECT id FROM orders
                        WHERE status = 'CANCELLED' AND payment_reference IS NOT NULL AND refund_reference IS NULL
                        ORDER BY updated_at LIMIT :limit""")
                .param("limit", limit)
                .query((rs, n) -> rs.getObject("id", UUID.class))
                .list();
    }

    private static String paymentStatus(String orderStatus, @Nullable String refundReference) {
        if (refundReference != null) {
            return "REFUNDED";
        }
        return orderStatus.equals("CANCELLED") ? "REFUND_PENDING" : "PAID";
    }

    @Override
    public Optional<OrderView> detail(UUID orderId) {
        return jdbc.sql("SELECT * FROM orders WHERE id = :id")
                .param("id", orderId)
                .query(this::detailRow)
                .optional();
    }

    private OrderView detailRow(ResultSet rs, int n) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var currency = rs.getString("currency");
        var lines = jdbc.sql("SELECT * FROM order_lines WHERE order_id = :id ORDER BY position")
                .param("id", id)
                .query((l, i) -> new OrderView.LineView(
                        l.getObject("product_id", UUID.class),
                        l.getString("product_name"),
                        l.getObject("category_id", UUID.class),
                        l.getInt("quantity"),
                        money(l.getBigDecimal("unit_price"), currency),
                        money(l.getBigDecimal("line_total"), currency),
                        money(l.getBigDecimal("discount"), currency)))
                .list();
        var history = jdbc.sql("SELECT * FROM order_status_history WHERE order_id = :id ORDER BY sequence")
                .param("id", id)
                .query((h, i) -> new OrderView.HistoryView(
                        h.getInt("sequence"),
                        h.getString("from_status"),
                        h.getString("to_status"),
                        h.getString("reason"),
                        h.getString("actor"),
                        h.getTimestamp("at").toInstant()))
                .list();
        var shortfalls = jdbc.sql("""
                        SELECT f.*, (SELECT l.product_name FROM order_lines l
                                     WHERE l.order_id = f.order_id AND l.product_id = f.product_id
                                     ORDER BY l.position LIMIT 1) AS product_name
                        FROM order_stock_shortfalls f WHERE f.order_id = :id ORDER BY f.position""")
                .param("id", id)
                .query((f, i) -> new OrderView.ShortfallView(
                        f.getObject("product_id", UUID.class),
                        f.getString("product_name"),
                        f.getInt("requested"),
                        f.getInt("available"),
                        f.getString("reason")))
                .list();
        var status = rs.getString("status");
        var placedAt = rs.getTimestamp("placed_at").toInstant();
        OrderView.PaymentView payment = rs.getString("payment_reference") == null
                ? null
                : new OrderView.PaymentView(
                        paymentStatus(status, rs.getString("refund_reference")),
                        rs.getString("card_last4"),
                        rs.getString("payment_reference"),
                        rs.getTimestamp("paid_at").toInstant(),
                        instant(rs.getTimestamp("refunded_at")));
        OrderView.ShipmentView shipment = rs.getString("carrier") == null
                ? null
                : new OrderView.ShipmentView(
                        rs.getString("carrier"),
                        rs.getString("tracking_number"),
                        rs.getTimestamp("shipped_at").toInstant(),
                        instant(rs.getTimestamp("delivered_at")));
        var unpaid = status.equals("PENDING") || status.equals("AWAITING_PAYMENT");
        return new OrderView(
                id,
                rs.getObject("customer_id", UUID.class),
                status,
                rs.getString("currency"),
                money(rs.getBigDecimal("subtotal"), rs.getString("currency")),
                money(rs.getBigDecimal("discount"), rs.getString("currency")),
                money(rs.getBigDecimal("total"), rs.getString("currency")),
                rs.getString("coupon_code"),
                lines,
                new OrderView.AddressView(
                        rs.getString("ship_name"),
                        rs.getString("ship_line1"),
                        rs.getString("ship_line2"),
                        rs.getString("ship_postal_code"),
                        rs.getString("ship_city"),
                        rs.getString("ship_country")),
                history,
                payment,
                shipment,
                rs.getString("cancel_reason"),
                rs.getString("cancel_note"),
                shortfalls,
                placedAt,
                rs.getTimestamp("updated_at").toInstant(),
                unpaid ? placedAt.plus(settings.paymentWindow()) : null,
                rs.getLong("version"));
    }

    @Override
    public PageView<OrderSummaryView> search(
            @Nullable UUID customerId,
            @Nullable String status,
            @Nullable Instant from,
            @Nullable Instant to,
            int page,
            int size) {
        var where = new ArrayList<String>();
        where.add("TRUE");
        if (customerId != null) {
            where.add("customer_id = :customer");
        }
        if (status != null) {
            where.add("status = :status");
        }
        if (from != null) {
            where.add("placed_at >= :from");
        }
        if (to != null) {
            where.add("placed_at < :to");
        }
        var condition = String.join(" AND ", where);
        var count = bind(jdbc.sql("SELECT count(*) FROM orders WHERE " + condition), customerId, status, from, to)
                .query(Long.class)
                .single();
        List<OrderSummaryView> items = bind(
                        jdbc.sql("SELECT id, customer_id, status, currency, total, item_count, placed_at, updated_at"
                                + " FROM orders WHERE " + condition
                                + " ORDER BY placed_at DESC, id DESC LIMIT :limit OFFSET :offset"),
                        customerId,
                        status,
                        from,
                        to)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> new OrderSummaryView(
                        rs.getObject("id", UUID.class),
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("status"),
                        rs.getString("currency"),
                        money(rs.getBigDecimal("total"), rs.getString("currency")),
                        rs.getInt("item_count"),
                        rs.getTimestamp("placed_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant()))
                .list();
        return PageView.of(items, page, size, count);
    }

    private static JdbcClient.StatementSpec bind(
            JdbcClient.StatementSpec spec,
            @Nullable UUID customerId,
            @Nullable String status,
            @Nullable Instant from,
            @Nullable Instant to) {
        if (customerId != null) {
            spec = spec.param("customer", customerId);
        }
        if (status != null) {
            spec = spec.param("status", status);
        }
        if (from != null) {
            spec = spec.param("from", Timestamp.from(from));
        }
        if (to != null) {
            spec = spec.param("to", Timestamp.from(to));
        }
        return spec;
    }

    /** Amounts as stored (already rounded to the currency's minor unit), at that unit's scale (JPY 0, KWD 3). */
    private static BigDecimal money(BigDecimal amount, String currency) {
        return Money.round(amount, currency);
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
