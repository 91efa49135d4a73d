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
import org.emporium.catalog.infrastructure.messaging.ContractEvents;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reservations with their lines as JSON: they are always read and written whole, by order id. Saving hands the
 * reservation's registered events to the outbox in the same transaction.
 */
@Repository
class JdbcStockReservations implements StockReservations {
    private record Line(UUID productId, int quantity) {}

    private record Rejected(UUID productId, int requested, int available, String reason) {}

    private static final TypeReference<List<Line>> LINES = new TypeReference<>() {};
    private static final TypeReference<List<Rejected>> REJECTED = new TypeReference<>() {};
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventOutbox outbox;

    JdbcStockReservations(JdbcClient jdbc, JsonMapper json, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
    }

    @Override
    public Optional<StockReservation> byOrder(OrderId orderId) {
        return jdbc.sql("""
                        SELECT order_id, status, lines::text AS lines, rejected_lines::text AS rejected_lines,
                               created_at, updated_at, version
                        FROM stock_reservations WHERE order_id = :id""").param("id", orderId.value()).query(this::row).optional();
    }

    @Override
    public void save(StockReservation reservation) {
        if (reservation.isNew()) {
            insert(reservation);
        } else {
            update(reservation);
        }
        reservation.pullEvents().forEach(event -> outbox.add(ContractEvents.of(event)));
    }

    private void insert(StockReservation reservation) {
        jdbc.sql("""
                        INSERT INTO stock_reservations (order_id, status, lines, rejected_lines, created_at, updated_at,
                            version)
                        VALUES (:id, :status, CAST(:lines AS jsonb), CAST(:rejected AS jsonb), :createdAt, :updatedAt,
                            0)""")
                .param("id", reservation.orderId().value())
                .param("status", reservation.status().name())
                .param("lines", lines(reservation))
                .param("rejected", rejected(reservation))
                .param("createdAt", Timestamp.from(reservation.createdAt()))
                .param("updatedAt", Timestamp.from(reservation.updatedAt()))
                .update();
    }

    private void update(StockReservation reservation) {
        var updated = jdbc.sql("""
                        UPDATE stock_reservations SET status = :status, updated_at = :updatedAt, version = version + 1
                        WHERE order_id = :id AND version = :version""")
                .param("id", reservation.orderId().value())
                .param("status", reservation.status().name())
                .param("updatedAt", Timestamp.from(reservation.updatedAt()))
                .param("version", reservation.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "The reservation of order " + reservation.orderId() + " was changed concurrently");
        }
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
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
