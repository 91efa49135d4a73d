package org.emporium.ordering.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.emporium.ordering.domain.CheckoutAttempt;
import org.emporium.ordering.domain.CheckoutAttempts;
import org.emporium.ordering.domain.OrderId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Claims a key with one {@code INSERT ... ON CONFLICT}: a concurrent claim of the same key waits on the unique
 * index until the first transaction ends, then finds the winner's attempt (or, if the winner rolled back, claims
 * it). An attempt older than its lifetime is taken over in the same statement.
 */
@Repository
class JdbcCheckoutAttempts implements CheckoutAttempts {
    private final JdbcClient jdbc;

    JdbcCheckoutAttempts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<CheckoutAttempt> claim(CheckoutAttempt attempt) {
        int claimed = jdbc.sql("""
                        INSERT INTO checkout_attempts (customer_id, idempotency_key, fingerprint, order_id, created_at)
                        VALUES (:customer, :key, :fingerprint, :order, :createdAt)
                        ON CONFLICT (customer_id, idempotency_key) DO UPDATE
                            SET fingerprint = EXCLUDED.fingerprint, order_id = EXCLUDED.order_id,
                                created_at = EXCLUDED.created_at
                            WHERE checkout_attempts.created_at <= :cutoff""")
                .param("customer", attempt.customerId())
                .param("key", attempt.key())
                .param("fingerprint", attempt.fingerprint())
                .param("order", attempt.orderId().value())
                .param("createdAt", Timestamp.from(attempt.createdAt()))
                .param("cutoff", Timestamp.from(attempt.createdAt().minus(CheckoutAttempt.LIFETIME)))
                .update();
        if (claimed == 1) {
            return Optional.empty();
        }
        return Optional.of(find(attempt.customerId(), attempt.key())
                .orElseThrow(() -> new IllegalStateException("Idempotency-Key neither claimed nor held")));
    }

    @Override
    public Optional<CheckoutAttempt> find(UUID customerId, String key) {
        return jdbc.sql("""
                        SELECT customer_id, idempotency_key, fingerprint, order_id, created_at FROM checkout_attempts
                        WHERE customer_id = :customer AND idempotency_key = :key""")
                .param("customer", customerId)
                .param("key", key)
                .query((rs, n) -> new CheckoutAttempt(
                        rs.getObject("customer_id", UUID.class),
                        rs.getString("idempotency_key"),
                        rs.getString("fingerprint"),
                        new OrderId(rs.getObject("order_id", UUID.class)),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
    }

    @Override
    public int deleteCreatedBefore(Instant cutoff) {
        return jdbc.sql("DELETE FROM checkout_attempts WHERE created_at < :cutoff")
                .param("cutoff", Timestamp.from(cutoff))
                .update();
    }
}
