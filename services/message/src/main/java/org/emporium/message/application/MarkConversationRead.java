package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.UUID;
import org.emporium.platform.mediator.Command;
import org.jspecify.annotations.Nullable;

/**
 * The caller's side has read the conversation: every message so far, or those up to message {@code upTo} (the newest
 * one the caller was shown, so that one arriving meanwhile stays unread).
 */
public record MarkConversationRead(
        @NotNull UUID callerId,
        boolean admin,
        @NotNull UUID conversationId,
        @Nullable @Positive Long upTo) implements Command<UUID> {}
