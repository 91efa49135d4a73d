package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Either side closes a conversation; closing a closed one changes nothing. */
public record CloseConversation(
        @NotNull UUID callerId, boolean admin, @NotNull UUID conversationId) implements Command<Boolean> {}
