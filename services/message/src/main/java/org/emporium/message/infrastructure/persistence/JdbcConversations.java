package org.emporium.message.infrastructure.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.message.application.ConversationMessageView;
import org.emporium.message.application.ConversationView;
import org.emporium.message.application.ConversationViews;
import org.emporium.message.domain.Conversation;
import org.emporium.message.domain.ConversationMessage;
import org.emporium.message.domain.ConversationStatus;
import org.emporium.message.domain.Conversations;
import org.emporium.message.domain.Side;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Conversations and their messages in PostgreSQL. Posting locks the conversation row, so one conversation's message
 * ids grow in commit order and a side's read mark (the newest id it has read) never skips a message.
 */
@Repository
class JdbcConversations implements Conversations, ConversationViews {
    private static final String COLUMNS = "id, customer_id, subject, status, agent_id, message_count, created_at,"
            + " last_message_at, closed_at, closed_by";

    private final JdbcClient jdbc;

    JdbcConversations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Conversation> byIdForUpdate(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM conversations WHERE id = :id FOR UPDATE")
                .param("id", id)
                .query(JdbcConversations::conversation)
                .optional();
    }

    @Override
    public void add(Conversation c) {
        jdbc.sql("INSERT INTO conversations (" + COLUMNS + ") VALUES (:id, :customer, :subject, :status, :agent,"
                        + " :count, :created, :last, :closed, :closedBy)")
                .param("id", c.id())
                .param("customer", c.customerId())
                .param("subject", c.subject())
                .param("status", c.status().name())
                .param("agent", c.agentId())
                .param("count", c.messageCount())
                .param("created", Timestamp.from(c.createdAt()))
                .param("last", Timestamp.from(c.lastMessageAt()))
                .param("closed", timestamp(c.closedAt()))
                .param("closedBy", c.closedBy() == null ? null : c.closedBy().name())
                .update();
    }

    @Override
    public void update(Conversation c) {
        jdbc.sql("""
                        UPDATE conversations SET status = :status, agent_id = :agent, message_count = :count,
                            last_message_at = :last, closed_at = :closed, closed_by = :closedBy
                        WHERE id = :id""")
                .param("id", c.id())
                .param("status", c.status().name())
                .param("agent", c.agentId())
                .param("count", c.messageCount())
                .param("last", Timestamp.from(c.lastMessageAt()))
                .param("closed", timestamp(c.closedAt()))
                .param("closedBy", c.closedBy() == null ? null : c.closedBy().name())
                .update();
    }

    @Override
    public long addMessage(ConversationMessage m) {
        return jdbc.sql("""
                        INSERT INTO conversation_messages (conversation_id, author_id, side, text, created_at)
                        VALUES (:conversation, :author, :side, :text, :at) RETURNING id""")
                .param("conversation", m.conversationId())
                .param("author", m.authorId())
                .param("side", m.side().name())
                .param("text", m.text())
                .param("at", Timestamp.from(m.createdAt()))
                .query(Long.class)
                .single();
    }

    @Override
    public void markRead(UUID id, Side side) {
        var column = readColumn(side);
        jdbc.sql("UPDATE conversations SET " + column + " = greatest(" + column
                        + ", (SELECT coalesce(max(m.id), 0) FROM conversation_messages m WHERE m.conversation_id = :id))"
                        + " WHERE id = :id")
                .param("id", id)
                .update();
    }

    @Override
    public void markReadUpTo(UUID id, Side side, long upTo) {
        var column = readColumn(side);
        jdbc.sql("UPDATE conversations SET " + column + " = greatest(" + column + ", least(:upTo,"
                        + " (SELECT coalesce(max(m.id), 0) FROM conversation_messages m WHERE m.conversation_id = :id)))"
                        + " WHERE id = :id")
                .param("id", id)
                .param("upTo", upTo)
                .update();
    }

    @Override
    public long messagesSince(UUID author, Instant since) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
                .param("key", "conversation-author:" + author)
                .query((rs, row) -> 1)
                .list();
        return jdbc.sql("SELECT count(*) FROM conversation_messages WHERE author_id = :author AND created_at > :since")
                .param("author", author)
                .param("since", Timestamp.from(since))
                .query(Long.class)
                .single();
    }

    @Override
    public List<ConversationView> page(
            @Nullable UUID customerId, @Nullable ConversationStatus status, Side side, int page, int size) {
        return jdbc.sql(viewSelect(side) + where(customerId, status)
                        + " ORDER BY c.last_message_at DESC, c.id LIMIT :limit OFFSET :offset")
                .param("customer", customerId)
                .param("status", status == null ? null : status.name())
                .param("side", side.name())
                .param("limit", size)
                .param("offset", (long) page * size)
                .query(JdbcConversations::view)
                .list();
    }

    @Override
    public long count(@Nullable UUID customerId, @Nullable ConversationStatus status) {
        return jdbc.sql("SELECT count(*) FROM conversations c" + where(customerId, status))
                .param("customer", customerId)
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    @Override
    public Optional<ConversationView> byId(UUID id, Side side) {
        return jdbc.sql(viewSelect(side) + " WHERE c.id = :id")
                .param("id", id)
                .param("side", side.name())
                .query(JdbcConversations::view)
                .optional();
    }

    @Override
    public List<ConversationMessageView> messages(UUID id) {
        return jdbc.sql("SELECT id, side, text, created_at FROM conversation_messages WHERE conversation_id = :id"
                        + " ORDER BY id")
                .param("id", id)
                .query((rs, row) -> new ConversationMessageView(
                        rs.getLong("id"),
                        rs.getString("side"),
                        rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private static String viewSelect(Side side) {
        return "SELECT c.id, c.customer_id, c.subject, c.status, c.message_count, c.created_at, c.last_message_at,"
                + " c.closed_at, c.closed_by, (SELECT count(*) FROM conversation_messages m"
                + " WHERE m.conversation_id = c.id AND m.side <> :side AND m.id > c." + readColumn(side)
                + ") AS unread FROM conversations c";
    }

    private static String where(@Nullable UUID customerId, @Nullable ConversationStatus status) {
        var conditions = new StringBuilder(" WHERE true");
        if (customerId != null) {
            conditions.append(" AND c.customer_id = :customer");
        }
        if (status != null) {
            conditions.append(" AND c.status = :status");
        }
        return conditions.toString();
    }

    private static String readColumn(Side side) {
        return switch (side) {
            case CUSTOMER -> "customer_read_up_to";
            case SUPPORT -> "support_read_up_to";
        };
    }

    private static @Nullable Timestamp timestamp(@Nullable Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Conversation conversation(ResultSet rs, int row) throws SQLException {
        var closedBy = rs.getString("closed_by");
        return new Conversation(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("subject"),
                rs.getTimestamp("created_at").toInstant(),
                ConversationStatus.valueOf(rs.getString("status")),
                rs.getObject("agent_id", UUID.class),
                rs.getInt("message_count"),
                rs.getTimestamp("last_message_at").toInstant(),
                instant(rs.getTimestamp("closed_at")),
                closedBy == null ? null : Side.valueOf(closedBy));
    }

    private static ConversationView view(ResultSet rs, int row) throws SQLException {
        return new ConversationView(
                rs.getObject("id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getString("subject"),
                rs.getString("status"),
                rs.getInt("message_count"),
                rs.getLong("unread"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("last_message_at").toInstant(),
                instant(rs.getTimestamp("closed_at")),
                rs.getString("closed_by"));
    }

    private static @Nullable Instant instant(@Nullable Timestamp at) {
        return at == null ? null : at.toInstant();
    }
}
