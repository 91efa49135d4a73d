package org.emporium.message.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.emporium.message.domain.ConversationRules;
import org.emporium.platform.mediator.Command;

/**
 * {@code callerId} (the conversation's customer, or an admin for support) posts a message; the other side is
 * notified. Returns the stored message.
 */
public record PostConversationMessage(
        @NotNull UUID callerId,
        boolean admin,
        @NotNull UUID conversationId,

        @NotBlank @Size(max = ConversationRules.MAX_TEXT_LENGTH) @Pattern(regexp = ConversationRules.PLAIN_TEXT)
        String text)
        implements Command<ConversationMessageView> {}
