package org.emporium.message.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.emporium.message.domain.ConversationRules;
import org.emporium.platform.mediator.Command;

/** A customer opens a support conversation with its first message. Returns the new conversation's id. */
public record OpenConversation(
        @NotNull UUID customerId,

        @NotBlank @Size(max = ConversationRules.MAX_SUBJECT_LENGTH) @Pattern(regexp = ConversationRules.PLAIN_TEXT)
        String subject,

        @NotBlank @Size(max = ConversationRules.MAX_TEXT_LENGTH) @Pattern(regexp = ConversationRules.PLAIN_TEXT)
        String text)
        implements Command<UUID> {}
