package org.emporium.message.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The conversations store. */
public interface Conversations {

    /** The conversation {@code id}, locked for the rest of the transaction (messages of one are added in order). */
    Optional<Conversation> byIdForUpdate(UUID id);

    /** Stores a new conversation. */
    void add(Conversation conversation);

    /** Stores the changed state of {@code conversation} (status, agent, count, last message time). */
    void update(Conversation conversation);

    /** Stores {@code message}; returns its id, which grows within a conversation in commit order. */
    long addMessage(ConversationMessage message);

    /** Marks every message of conversation {@code id} as read by {@code side}. */
    void markRead(UUID id, Side side);

    /**
     * How many messages {@code author} wrote since {@code since}, first taking a lock on the author for the rest of
     * the transaction, so two concurrent posts by one author cannot both pass the rate limit.
     */
    long messagesSince(UUID author, Instant since);
}
