package org.emporium.identity.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.emporium.identity.domain.signin.FailedAttempts;
import org.emporium.identity.domain.signin.LoginAttempts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sign-in counts in {@code login_throttle}. An update runs in its own transaction (a refused password change rolls
 * its own transaction back, but its failure must stay counted) and locks the keys' rows, in key order so that two
 * updates never wait for each other in a circle, until it commits: replicas and concurrent requests count one at a
 * time. Each row also holds how many of its counted attempts are still in progress ({@code pending}) and when the
 * latest of them started ({@code pending_since}).
 */
@Repository
class JdbcLoginAttempts implements LoginAttempts {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcLoginAttempts(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Locks {@code key}'s row (made if missing) until the transaction ends and returns its state. The row may be
     * deleted by a concurrent update (a successful sign-in clears its counts) between the insert and the lock, in
     * which case the lock finds nothing: insert and lock again, so that every key is locked before anything is
     * written (an update of a row this transaction never locked could wait on a newer transaction that waits on a
     * row this one holds: a deadlock seen with concurrent sign-ins of one account).
     */
    private java.util.Optional<FailedAttempts> lock(String key) {
        for (int attempt = 0; ; attempt++) {
            jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?, 0, now())"
                            + " ON CONFLICT (throttle_key) DO NOTHING")
                    .param(key)
                    .update();
            var state = jdbc.sql(
                            "SELECT failures, window_start, locked_until, pending, pending_since FROM login_throttle"
                                    + " WHERE throttle_key = ? FOR UPDATE")
                    .param(key)
                    .query((rs, n) -> new FailedAttempts(
                            rs.getInt("failures"),
                            rs.getTimestamp("window_start").toInstant(),
                            instant(rs.getTimestamp("locked_until")),
                            rs.getInt("pending"),
                            instant(rs.getTimestamp("pending_since"))))
                    .optional();
            if (state.isPresent() || attempt >= 100) {
                return state;
            }
        }
    }

    @Override
    public void update(Set<String> keys, UnaryOperator<Map<String, FailedAttempts>> change) {
        transactions.executeWithoutResult(status -> {
            var current = new HashMap<String, FailedAttempts>();
            for (var key : new TreeSet<>(keys)) {
                lock(key)
                        .filter(state -> state.failures() > 0 || state.lockedUntil() != null || state.pending() > 0)
                        .ifPresent(state -> current.put(key, state));
            }
            var next = change.apply(Map.copyOf(current));
            for (var key : keys) {
                var state = next.get(key);
                if (state == null) {
                    jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?")
                            .param(key)
                            .update();
                } else {
                    jdbc.sql("UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ?, pending = ?,"
                                    + " pending_since = ? WHERE throttle_key = ?")
                            .params(
                                    state.failures(),
                                    Timestamp.from(state.windowStart()),
                                    timestamp(state.lockedUntil()),
                                    state.pending(),
                                    timestamp(state.pendingSince()),
                                    key)
                            .update();
                }
            }
        });
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
