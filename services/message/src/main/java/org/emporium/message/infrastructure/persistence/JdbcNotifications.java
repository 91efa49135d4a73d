package org.emporium.message.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.emporium.message.application.NotificationView;
import org.emporium.message.application.NotificationViews;
import org.emporium.message.domain.Notification;
import org.emporium.message.domain.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications in PostgreSQL. An insert first takes a transaction-scoped advisory lock on its user, so one user's
 * ids are assigned in commit order: a reader that has seen id n never later finds a smaller id committed.
 */
@Repository
class JdbcNotifications implements Notifications, NotificationViews {
    private static final String COLUMNS = "id, kind, title, body, link, created_at, read_at";

    private final JdbcClient jdbc;

    JdbcNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public long add(Notification notification) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:user, 0))")
                .param("user", notification.userId().toString())
                .query((rs, row) -> 1)
                .list();
        return jdbc.sql("""
                        INSERT INTO notifications (user_id, kind, title, body, link, created_at)
                        VALUES (:user, :kind, :title, :body, :link, :at) RETURNING id""")
                .param("user", notification.userId())
                .param("kind", notification.kind().name())
                .param("title", notification.title())
                .param("body", notification.body())
                .param("link", notification.link())
                .param("at", Timestamp.from(notification.createdAt()))
                .query(Long.class)
                .single();
    }

    @Override
    public boolean markRead(UUID userId, long id, Instant at) {
        return jdbc.sql("""
                        UPDATE notifications SET read_at = coalesce(read_at, :at)
                        WHERE id = :id AND user_id = :user""")
                        .param("at", Timestamp.from(at))
                        .param("id", id)
                        .param("user", userId)
                        .update()
                == 1;
    }

    @Override
    public int markAllRead(UUID userId, Instant at) {
        return jdbc.sql("UPDATE notifications SET read_at = :at WHERE user_id = :user AND read_at IS NULL")
                .param("at", Timestamp.from(at))
                .param("user", userId)
                .update();
    }

    @Override
    public boolean delete(UUID userId, long id) {
        return jdbc.sql("DELETE FROM notifications WHERE id = :id AND user_id = :user")
                        .param("id", id)
                        .param("user", userId)
                        .update()
                == 1;
    }

    @Override
    public List<NotificationView> page(UUID userId, boolean unreadOnly, int page, int size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notifications WHERE user_id = :user"
                        + (unreadOnly ? " AND read_at IS NULL" : "")
                        + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("user", userId)
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcNotifications::view)
                .list();
    }

    @Override
    public long count(UUID userId, boolean unreadOnly) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id = :user"
                        + (unreadOnly ? " AND read_at IS NULL" : ""))
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    @Override
    public List<NotificationView> after(UUID userId, long after, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM notifications WHERE user_id = :user AND id > :after"
                        + " ORDER BY id LIMIT :limit")
                .param("user", userId)
                .param("after", after)
                .param("limit", limit)
                .query(JdbcNotifications::view)
                .list();
    }

    @Override
    public long latestId(UUID userId) {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM notifications WHERE user_id = :user")
                .param("user", userId)
                .query(Long.class)
                .single();
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        var read = rs.getTimestamp("read_at");
        return new NotificationView(
                rs.getLong("id"),
                rs.getString("kind"),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(),
                read == null ? null : read.toInstant());
    }
}
