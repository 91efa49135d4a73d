package org.emporium.message.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A support conversation between the customer who opened it and support (any admin). It guards its own rules: only
 * an open conversation takes messages, and at most {@link ConversationRules#maxMessagesPerConversation()} of them.
 * Messages themselves are stored apart ({@link Conversations#addMessage}); the aggregate keeps their count.
 */
public final class Conversation {
    private final UUID id;
    private final UUID customerId;
    private final String subject;
    private final Instant createdAt;
    private ConversationStatus status;
    private @Nullable UUID agentId;
    private int messageCount;
    private Instant lastMessageAt;
    private @Nullable Instant closedAt;
    private @Nullable Side closedBy;

    public Conversation(
            UUID id,
            UUID customerId,
            String subject,
            Instant createdAt,
            ConversationStatus status,
            @Nullable UUID agentId,
            int messageCount,
            Instant lastMessageAt,
            @Nullable Instant closedAt,
            @Nullable Side closedBy) {
        this.id = Objects.requireNonNull(id, "id");
        this.customerId = Objects.requireNonNull(customerId, "customerId");
        this.subject = Objects.requireNonNull(subject, "subject");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.status = Objects.requireNonNull(status, "status");
        this.agentId = agentId;
        this.messageCount = messageCount;
        this.lastMessageAt = Objects.requireNonNull(lastMessageAt, "lastMessageAt");
        this.closedAt = closedAt;
        this.closedBy = closedBy;
    }

    /** A new open conversation of {@code customerId}; its first message is {@link #post}ed by the caller. */
    public static Conversation open(UUID id, UUID customerId, String subject, Instant now) {
        return new Conversation(id, customerId, subject, now, ConversationStatus.OPEN, null, 0, now, null, null);
    }

    /**
     * The side {@code caller} takes in this conversation: its customer is the customer side, any other admin is
     * support; empty for anyone else (who must not learn that it exists).
     */
    public Optional<Side> sideOf(UUID caller, boolean admin) {
        return sideOf(customerId, caller, admin);
    }

    /** {@link #sideOf(UUID, boolean)} in a conversation of {@code customerId}. */
    public static Optional<Side> sideOf(UUID customerId, UUID caller, boolean admin) {
        if (customerId.equals(caller)) {
            return Optional.of(Side.CUSTOMER);
        }
        return admin ? Optional.of(Side.SUPPORT) : Optional.empty();
    }

    /**
     * Adds a message by {@code author} on {@code side}; a support message makes its author the conversation's agent.
     *
     * @throws org.emporium.platform.core.DomainException 409 when closed, 422 when the conversation is full
     */
    public ConversationMessage post(Side side, UUID author, String text, Instant now, ConversationRules rules) {
        if (status == ConversationStatus.CLOSED) {
            throw MessageErrors.conversationClosed(id);
        }
        if (messageCount >= rules.maxMessagesPerConversation()) {
            throw MessageErrors.conversationFull(id, rules.maxMessagesPerConversation());
        }
        messageCount++;
        lastMessageAt = now;
        if (side == Side.SUPPORT) {
            agentId = author;
        }
        return new ConversationMessage(id, author, side, text, now);
    }

    /** Who hears of a message posted by {@code side}: the customer, or the agent (none before support replied). */
    public Optional<UUID> recipientOf(Side side) {
        return side == Side.SUPPORT ? Optional.of(customerId) : Optional.ofNullable(agentId);
    }

    /** Closes the conversation; false when it was closed already (closing is idempotent). */
    public boolean close(Side side, Instant now) {
        if (status == ConversationStatus.CLOSED) {
            return false;
        }
        status = ConversationStatus.CLOSED;
        closedAt = now;
        closedBy = side;
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public String subject() {
        return subject;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public ConversationStatus status() {
        return status;
    }

    public @Nullable UUID agentId() {
        return agentId;
    }

    public int messageCount() {
        return messageCount;
    }

    public Instant lastMessageAt() {
        return lastMessageAt;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable Side closedBy() {
        return closedBy;
    }
}
