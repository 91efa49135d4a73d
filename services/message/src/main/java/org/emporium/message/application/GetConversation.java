package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** One conversation with its messages, for its customer or an admin; anyone else gets 404. */
public record GetConversation(
        @NotNull UUID callerId, boolean admin, @NotNull UUID conversationId) implements Query<ConversationDetailView> {}
