package org.emporium.message.application;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as one side sees it in a list: {@code unread} counts the other side's messages this side has not
 * marked read.
 */
public record ConversationView(
        UUID id,
        UUID customerId,
        String subject,
        String status,
        int messageCount,
        long unread,
        Instant createdAt,
        Instant lastMessageAt,
        @Nullable Instant closedAt,
        @Nullable String closedBy) {}
