package org.emporium.identity.infrastructure.persistence;

import java.sql.Timestamp;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.emporium.identity.domain.signin.FailedAttempts;
import org.emporium.identity.domain.signin.LoginAttempts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/** Sign-in failures in {@code login_throttle}; an update locks the row so replicas count every failure. */
@Repository
class JdbcLoginAttempts implements LoginAttempts {
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcLoginAttempts(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<FailedAttempts> byKey(String key) {
        return jdbc.sql("SELECT failures, window_start, locked_until FROM login_throttle WHERE throttle_key = ?")
                .param(key)
                .query((rs, n) -> new FailedAttempts(
                        rs.getInt("failures"),
                        rs.getTimestamp("window_start").toInstant(),
                        rs.getTimestamp("locked_until") == null
                                ? null
                                : rs.getTimestamp("locked_until").toInstant()))
                .optional();
    }

    @Override
    public FailedAttempts update(String key, UnaryOperator<FailedAttempts> change) {
        return transactions.execute(status -> {
            jdbc.sql("INSERT INTO login_throttle (throttle_key, failures, window_start) VALUES (?, 0, now())"
                            + " ON CONFLICT (throttle_key) DO NOTHING")
                    .param(key)
                    .update();
            jdbc.sql("SELECT 1 FROM login_throttle WHERE throttle_key = ? FOR UPDATE")
                    .param(key)
                    .query(Integer.class)
                    .single();
            var current = byKey(key).filter(a -> a.failures() > 0).orElse(null);
            var next = change.apply(current);
            jdbc.sql("UPDATE login_throttle SET failures = ?, window_start = ?, locked_until = ?"
                            + " WHERE throttle_key = ?")
                    .params(
                            next.failures(),
                            Timestamp.from(next.windowStart()),
                            next.lockedUntil() == null ? null : Timestamp.from(next.lockedUntil()),
                            key)
                    .update();
            return next;
        });
    }

    @Override
    public void clear(String key) {
        jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(key).update();
    }
}
