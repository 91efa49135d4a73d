package org.emporium.message.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A conversation with its messages, oldest first, as one side sees it (see {@link ConversationView}). */
public record ConversationDetailView(
        UUID id,
        UUID customerId,
        String subject,
        String status,
        int messageCount,
        long unread,
        Instant createdAt,
        Instant lastMessageAt,
        @Nullable Instant closedAt,
        @Nullable String closedBy,
        List<ConversationMessageView> messages) {
    static ConversationDetailView of(ConversationView c, List<ConversationMessageView> messages) {
        return new ConversationDetailView(
                c.id(),
                c.customerId(),
                c.subject(),
                c.status(),
                c.messageCount(),
                c.unread(),
                c.createdAt(),
                c.lastMessageAt(),
                c.closedAt(),
                c.closedBy(),
                messages);
    }
}
