package org.emporium.message.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The conversations store. */
public interface Conversations {

    /** The conversation {@code id}, locked for the rest of the transaction (messages of one are added in order). */
    Optional<Conversation> byIdForUpdate(UUID id);

    /** A conversation locked for a change by one of its sides. */
    record Participation(Conversation conversation, Side side) {}

    /**
     * Conversation {@code id} locked as {@link #byIdForUpdate}, and the side {@code callerId} takes in it; one the
     * caller has no part in is as unknown as one that does not exist (404).
     */
    default Participation lockedFor(UUID id, UUID callerId, boolean admin) {
        var conversation = byIdForUpdate(id).orElseThrow(() -> MessageErrors.conversationNotFound(id));
        var side = conversation.sideOf(callerId, admin).orElseThrow(() -> MessageErrors.conversationNotFound(id));
        return new Participation(conversation, side);
    }

    /** Stores a new conversation. */
    void add(Conversation conversation);

    /** Stores the changed state of {@code conversation} (status, agent, count, last message time). */
    void update(Conversation conversation);

    /** Stores {@code message}; returns its id, which grows within a conversation in commit order. */
    long addMessage(ConversationMessage message);

    /** Marks every message of conversation {@code id} as read by {@code side}. */
    void markRead(UUID id, Side side);

    /**
     * Marks the messages of conversation {@code id} up to message {@code upTo} (its id, inclusive) as read by
     * {@code side}; the read mark never goes back, nor past the newest message.
     */
    void markReadUpTo(UUID id, Side side, long upTo);

    /**
     * How many messages {@code author} wrote since {@code since}, first taking a lock on the author for the rest of
     * the transaction, so two concurrent posts by one author cannot both pass the rate limit.
     */
    long messagesSince(UUID author, Instant since);
}
