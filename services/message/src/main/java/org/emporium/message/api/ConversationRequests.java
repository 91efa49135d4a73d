package org.emporium.message.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.emporium.message.domain.ConversationRules;

/** The bodies of the conversations API: only these fields bind; ids, sides and authors come from the token. */
final class ConversationRequests {
    private ConversationRequests() {}

    record Open(
            @NotBlank @Size(max = ConversationRules.MAX_SUBJECT_LENGTH) @Pattern(regexp = ConversationRules.PLAIN_TEXT)
            String subject,

            @NotBlank @Size(max = ConversationRules.MAX_TEXT_LENGTH) @Pattern(regexp = ConversationRules.PLAIN_TEXT)
            String text) {}

    record Post(
            @NotBlank @Size(max = ConversationRules.MAX_TEXT_LENGTH) @Pattern(regexp = ConversationRules.PLAIN_TEXT)
            String text) {}
}
