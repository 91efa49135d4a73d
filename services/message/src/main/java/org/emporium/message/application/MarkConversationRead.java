package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** The caller's side has read every message of the conversation so far. */
public record MarkConversationRead(
        @NotNull UUID callerId, boolean admin, @NotNull UUID conversationId) implements Command<UUID> {}
