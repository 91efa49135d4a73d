package org.emporium.message.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A new plain-text message in a conversation; the store assigns its id. */
public record ConversationMessage(UUID conversationId, UUID authorId, Side side, String text, Instant createdAt) {
    private static final int EXCERPT_LENGTH = 200;

    public ConversationMessage {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** The start of the text for a notification: at most 200 characters, an ellipsis when cut. */
    public String excerpt() {
        if (text.length() <= EXCERPT_LENGTH) {
            return text;
        }
        var end = EXCERPT_LENGTH - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }
}
