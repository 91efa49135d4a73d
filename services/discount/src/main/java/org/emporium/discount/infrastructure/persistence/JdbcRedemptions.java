package org.emporium.discount.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.discount.domain.CouponCode;
import org.emporium.discount.domain.CouponId;
import org.emporium.discount.domain.CouponUsage;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.discount.domain.Redemption;
import org.emporium.discount.domain.RedemptionEvent;
import org.emporium.discount.domain.RedemptionState;
import org.emporium.discount.domain.Redemptions;
import org.emporium.discount.infrastructure.messaging.ContractEvents;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Redemptions by order id, the quote they were made at as JSON; saving hands the events to the outbox. */
@Repository
class JdbcRedemptions implements Redemptions {
    static final String COLUMNS = """
            order_id, coupon_id, code, customer_id, state, quote::text AS quote, reserved_at, expires_at, updated_at,
            version""";
    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EventOutbox outbox;

    JdbcRedemptions(JdbcClient jdbc, JsonMapper json, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.json = json;
        this.outbox = outbox;
    }

    @Override
    public Optional<Redemption> byOrder(UUID orderId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM redemptions WHERE order_id = :id")
                .param("id", orderId)
                .query(this::row)
                .optional();
    }

    @Override
    public CouponUsage usage(CouponId couponId, UUID customerId) {
        return jdbc.sql("""
                        SELECT c.active_redemptions AS active,
                               (SELECT count(*) FROM redemptions r WHERE r.coupon_id = c.id
                                    AND r.customer_id = :customer AND r.state <> 'RELEASED') AS by_customer,
                               EXISTS (SELECT 1 FROM paid_orders WHERE customer_id = :customer) AS ordered
                        FROM coupons c WHERE c.id = :coupon""")
                .param("coupon", couponId.value())
                .param("customer", customerId)
                .query((rs, n) ->
                        new CouponUsage(rs.getLong("active"), rs.getLong("by_customer"), rs.getBoolean("ordered")))
                .optional()
                .orElse(CouponUsage.NONE);
    }

    @Override
    public List<Redemption> lockExpired(Instant now, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + """
                         FROM redemptions WHERE state = 'RESERVED' AND expires_at < :now
                        ORDER BY expires_at LIMIT :limit FOR UPDATE SKIP LOCKED""")
                .param("now", Timestamp.from(now))
                .param("limit", limit)
                .query(this::row)
                .list();
    }

    /**
     * Saves it and keeps its coupon's count of active redemptions: +1 for a new reservation, −1 when it was released
     * now (the caller holds the coupon's row lock for a reservation; a release changes only its own row and the
     * counter, atomically).
     */
    @Override
    public void save(Redemption redemption) {
        var events = redemption.pullEvents();
        if (redemption.isNew()) {
            insert(redemption);
            if (redemption.state() != RedemptionState.RELEASED) {
                count(redemption.couponId(), +1);
            }
        } else {
            update(redemption);
            if (events.stream().anyMatch(RedemptionEvent.CouponReleased.class::isInstance)) {
                count(redemption.couponId(), -1);
            }
        }
        events.forEach(event -> outbox.add(ContractEvents.of(event)));
    }

    private void count(CouponId coupon, int change) {
        jdbc.sql("UPDATE coupons SET active_redemptions = active_redemptions + :change WHERE id = :coupon")
                .param("change", change)
                .param("coupon", coupon.value())
                .update();
    }

    /**
     * Two reservations of one order under different codes hold different coupon locks; the primary key decides
     * and the loser is told the order has one already.
     */
    private void insert(Redemption redemption) {
        try {
            jdbc.sql("""
                            INSERT INTO redemptions (order_id, coupon_id, code, customer_id, state, quote, reserved_at,
                                expires_at, updated_at, version)
                            VALUES (:order, :coupon, :code, :customer, :state, CAST(:quote AS jsonb), :reservedAt,
                                :expiresAt, :updatedAt, 0)""")
                    .param("order", redemption.orderId())
                    .param("coupon", redemption.couponId().value())
                    .param("code", redemption.code().value())
                    .param("customer", redemption.customerId())
                    .param("state", redemption.state().name())
                    .param("quote", json.writeValueAsString(QuoteJson.of(redemption.quote())))
                    .param("reservedAt", Timestamp.from(redemption.reservedAt()))
                    .param("expiresAt", Timestamp.from(redemption.expiresAt()))
                    .param("updatedAt", Timestamp.from(redemption.updatedAt()))
                    .update();
        } catch (DuplicateKeyException e) {
            throw DiscountErrors.orderAlreadyReserved(redemption.orderId());
        }
    }

    private void update(Redemption redemption) {
        int updated = jdbc.sql("""
                        UPDATE redemptions SET state = :state, updated_at = :updatedAt, version = version + 1
                        WHERE order_id = :order AND version = :version""")
                .param("order", redemption.orderId())
                .param("state", redemption.state().name())
                .param("updatedAt", Timestamp.from(redemption.updatedAt()))
                .param("version", redemption.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException(
                    "The redemption of order " + redemption.orderId() + " was changed concurrently");
        }
    }

    @Override
    public void recordPaidOrder(UUID customerId, UUID orderId) {
        jdbc.sql("""
                        INSERT INTO paid_orders (customer_id, order_id, paid_at) VALUES (:customer, :order, now())
                        ON CONFLICT DO NOTHING""").param("customer", customerId).param("order", orderId).update();
    }

    private Redemption row(ResultSet rs, int n) throws SQLException {
        return Redemption.restore(
                rs.getObject("order_id", UUID.class),
                new CouponId(rs.getObject("coupon_id", UUID.class)),
                new CouponCode(rs.getString("code")),
                rs.getObject("customer_id", UUID.class),
                RedemptionState.valueOf(rs.getString("state")),
                json.readValue(rs.getString("quote"), QuoteJson.class).quote(),
                rs.getTimestamp("reserved_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getLong("version"));
    }
}
