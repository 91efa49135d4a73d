package org.emporium.identity.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.emporium.identity.application.users.UserDirectory;
import org.emporium.identity.application.users.UserView;
import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.user.EmailAddress;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.User;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.UserRegistered;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.core.PageView;
import org.emporium.platform.messaging.EventOutbox;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts in {@code users} and {@code user_roles}; the version column guards concurrent updates. A save hands the
 * account's registered events to the platform outbox as contract events, in the caller's transaction.
 */
@Repository
class JdbcUsers implements Users, UserDirectory {
    private static final String SELECT = "SELECT u.id, u.email, u.display_name, u.password_hash, u.enabled,"
            + " u.registered_at, u.version, (SELECT string_agg(r.role, ',' ORDER BY r.role) FROM user_roles r"
            + " WHERE r.user_id = u.id) AS roles FROM users u ";

    private final JdbcClient jdbc;
    private final EventOutbox outbox;

    JdbcUsers(JdbcClient jdbc, EventOutbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    @Override
    public Optional<User> byId(UserId id) {
        return jdbc.sql(SELECT + "WHERE u.id = ?")
                .param(id.value())
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public Optional<User> byEmail(EmailAddress email) {
        return jdbc.sql(SELECT + "WHERE lower(u.email) = ?")
                .param(email.canonical())
                .query(JdbcUsers::user)
                .optional();
    }

    @Override
    public void save(User user) {
        var exists = jdbc.sql("SELECT count(*) FROM users WHERE id = ?")
                        .param(user.id().value())
                        .query(Long.class)
                        .single()
                > 0;
        if (exists) {
            var updated = jdbc.sql("UPDATE users SET display_name = ?, password_hash = ?, enabled = ?,"
                            + " version = version + 1 WHERE id = ? AND version = ?")
                    .params(
                            user.displayName(),
                            user.passwordHash(),
                            user.enabled(),
                            user.id().value(),
                            user.version())
                    .update();
            if (updated == 0) {
                throw new OptimisticLockingFailureException("User " + user.id() + " was changed concurrently");
            }
            jdbc.sql("DELETE FROM user_roles WHERE user_id = ?")
                    .param(user.id().value())
                    .update();
        } else {
            try {
                jdbc.sql("INSERT INTO users (id, email, display_name, password_hash, enabled, registered_at, version)"
                                + " VALUES (?, ?, ?, ?, ?, ?, 0)")
                        .params(
                                user.id().value(),
                                user.email().value(),
                                user.displayName(),
                                user.passwordHash(),
                                user.enabled(),
                                Timestamp.from(user.registeredAt()))
                        .update();
            } catch (DuplicateKeyException e) {
                throw IdentityErrors.emailTaken();
            }
        }
        for (var role : user.roles()) {
            jdbc.sql("INSERT INTO user_roles (user_id, role) VALUES (?, ?)")
                    .params(user.id().value(), role.name())
                    .update();
        }
        for (var event : user.pullEvents()) {
            if (event instanceof UserRegistered registered) {
                outbox.add(new org.emporium.contracts.identity.UserRegistered(
                        registered.userId().value(),
                        registered.email().value(),
                        registered.displayName(),
                        registered.registeredAt()));
            }
        }
    }

    @Override
    public Optional<UserView> view(UserId id) {
        return byId(id).map(JdbcUsers::view);
    }

    @Override
    public PageView<UserView> search(String text, int page, int size) {
        var where = "";
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where =
                    "WHERE lower(u.email) LIKE :pattern ESCAPE '\\' OR lower(u.display_name) LIKE :pattern ESCAPE '\\' ";
            params.put("pattern", "%" + escapeLike(text.strip().toLowerCase(Locale.ROOT)) + "%");
        }
        long total = jdbc.sql("SELECT count(*) FROM users u " + where)
                .params(params)
                .query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<UserView> items = jdbc
                .sql(SELECT + where + "ORDER BY lower(u.email) LIMIT :limit OFFSET :offset")
                .params(params)
                .query(JdbcUsers::user)
                .list()
                .stream()
                .map(JdbcUsers::view)
                .toList();
        return PageView.of(items, page, size, total);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static UserView view(User user) {
        return new UserView(
                user.id().value(),
                user.email().value(),
                user.displayName(),
                user.roles().stream().map(Role::name).sorted().toList(),
                user.enabled(),
                user.registeredAt());
    }

    private static User user(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        var roleList = rs.getString("roles");
        if (roleList != null) {
            for (var role : roleList.split(",")) {
                roles.add(Role.valueOf(role));
            }
        }
        return User.restore(
                new UserId(rs.getObject("id", UUID.class)),
                new EmailAddress(rs.getString("email")),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                roles,
                rs.getTimestamp("registered_at").toInstant(),
                rs.getLong("version"));
    }
}
