package org.emporium.message.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.message.domain.ConversationStatus;
import org.emporium.message.domain.Side;
import org.jspecify.annotations.Nullable;

/** The conversations' read model, as seen by one side ({@code unread} counts the other side's unread messages). */
public interface ConversationViews {

    /**
     * A page of conversations, the most recently active first: only {@code customerId}'s when given, only those of
     * {@code status} when given.
     */
    List<ConversationView> page(
            @Nullable UUID customerId, @Nullable ConversationStatus status, Side side, int page, int size);

    long count(@Nullable UUID customerId, @Nullable ConversationStatus status);

    Optional<ConversationView> byId(UUID id, Side side);

    /** The messages of conversation {@code id}, oldest first. */
    List<ConversationMessageView> messages(UUID id);
}
