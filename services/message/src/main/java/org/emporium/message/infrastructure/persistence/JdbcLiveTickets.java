package org.emporium.message.infrastructure.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.emporium.message.domain.LiveGrant;
import org.emporium.message.domain.LiveTickets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Live tickets in PostgreSQL; redeeming deletes the row, so two replicas cannot both accept one ticket. Adding one drops
 * the user's oldest beyond the number the caller keeps.
 */
@Repository
class JdbcLiveTickets implements LiveTickets {
    private final JdbcClient jdbc;

    JdbcLiveTickets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void add(String ticketHash, LiveGrant grant, Instant expiresAt, int keepPerUser) {
        jdbc.sql("DELETE FROM live_tickets WHERE expires_at < now() - interval '1 hour'")
                .update();
        jdbc.sql("""
                        INSERT INTO live_tickets (ticket_hash, user_id, token_expires_at, expires_at)
                        VALUES (:hash, :user, :until, :expires)""")
                .param("hash", ticketHash)
                .param("user", grant.userId())
                .param("until", Timestamp.from(grant.until()))
                .param("expires", Timestamp.from(expiresAt))
                .update();
        jdbc.sql("""
                        DELETE FROM live_tickets WHERE user_id = :user AND ticket_hash NOT IN (
                            SELECT ticket_hash FROM live_tickets WHERE user_id = :user
                            ORDER BY expires_at DESC, ticket_hash LIMIT :keep)""").param("user", grant.userId()).param("keep", keepPerUser).update();
    }

    @Override
    public Optional<LiveGrant> redeem(String ticketHash, Instant now) {
        return jdbc.sql("""
                        DELETE FROM live_tickets WHERE ticket_hash = :hash
                        RETURNING user_id, token_expires_at, expires_at""")
                .param("hash", ticketHash)
                .query((rs, row) -> rs.getTimestamp("expires_at").toInstant().isAfter(now)
                        ? Optional.of(new LiveGrant(
                                rs.getObject("user_id", UUID.class),
                                rs.getTimestamp("token_expires_at").toInstant()))
                        : Optional.<LiveGrant>empty())
                .optional()
                .flatMap(grant -> grant);
    }
}
