package org.emporium.catalog.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.product.ProductId;
import org.emporium.catalog.domain.product.StockShortage;
import org.emporium.catalog.domain.stock.OrderId;
import org.emporium.catalog.domain.stock.RejectedLine;
import org.emporium.catalog.domain.stock.ReservationLine;
import org.emporium.catalog.domain.stock.ReservationStatus;
import org.emporium.catalog.domain.stock.StockReservation;
import org.emporium.catalog.domain.stock.StockReservations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Reservations with their lines as JSON: they are always read and written whole, by order id. */
@Repository
class JdbcStockReservations implements StockReservations {
    private record Line(UUID productId, int quantity) {}

    private record Rejected(UUID productId, int requested, int available, String reason) {}

    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<Rejected>> REJECTED = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcStockReservations(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<StockReservation> byOrder(OrderId orderId) {
        return jdbc.sql("""
                        SELECT order_id, status, lines::text AS lines, rejected_lines::text AS rejected_lines,
                               created_at, updated_at
                        FROM stock_reservations WHERE order_id = :id""").param("id", orderId.value()).query(this::row).optional();
    }

    @Override
    public void add(StockReservation reservation) {
        jdbc.sql("""
                        INSERT INTO stock_reservations (order_id, status, lines, rejected_lines, created_at, updated_at)
                        VALUES (:id, :status, CAST(:lines AS jsonb), CAST(:rejected AS jsonb), :createdAt, :updatedAt)""")
                .param("id", reservation.orderId().value())
                .param("status", reservation.status().name())
                .param("lines", lines(reservation))
                .param("rejected", rejected(reservation))
                .param("createdAt", Timestamp.from(reservation.createdAt()))
                .param("updatedAt", Timestamp.from(reservation.updatedAt()))
                .update();
    }

    @Override
    public void update(StockReservation reservation) {
        jdbc.sql("UPDATE stock_reservations SET status = :status, updated_at = :updatedAt WHERE order_id = :id")
                .param("id", reservation.orderId().value())
                .param("status", reservation.status().name())
                .param("updatedAt", Timestamp.from(reservation.updatedAt()))
                .update();
    }

    private String lines(StockReservation reservation) {
        return json.writeValueAsString(reservation.lines().stream()
                .map(l -> new Line(l.productId().value(), l.quantity()))
                .toList());
    }

    private String rejected(StockReservation reservation) {
        return json.writeValueAsString(reservation.rejectedLines().stream()
                .map(l -> new Rejected(
                        l.productId().value(),
                        l.requested(),
                        l.available(),
                        l.reason().name()))
                .toList());
    }

    private StockReservation row(ResultSet rs, int n) throws SQLException {
        return StockReservation.restore(
                new OrderId(rs.getObject("order_id", UUID.class)),
                json.readValue(rs.getString("lines"), LINES).stream()
                        .map(l -> new ReservationLine(new ProductId(l.productId()), l.quantity()))
                        .toList(),
                json.readValue(rs.getString("rejected_lines"), REJECTED).stream()
                        .map(l -> new RejectedLine(
                                new ProductId(l.productId()),
                                l.requested(),
                                l.available(),
                                StockShortage.valueOf(l.reason())))
                        .toList(),
                ReservationStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
