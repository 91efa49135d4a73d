package org.emporium.message.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The limits of support conversations: at most {@code maxMessagesPerWindow} messages (opening one counts) by one
 * author in any {@code window}, and at most {@code maxMessagesPerConversation} messages in one conversation. Lengths
 * are the constants below (the request and command records validate them).
 */
public record ConversationRules(int maxMessagesPerWindow, Duration window, int maxMessagesPerConversation) {
    public static final int MAX_SUBJECT_LENGTH = 120;
    public static final int MAX_TEXT_LENGTH = 2000;
    /** Plain text: any character but the control characters other than tab, line feed and carriage return. */
    public static final String PLAIN_TEXT = "^[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*$";

    public static final ConversationRules DEFAULT = new ConversationRules(10, Duration.ofMinutes(1), 200);

    public ConversationRules {
        if (maxMessagesPerWindow < 1 || window.isNegative() || window.isZero() || maxMessagesPerConversation < 2) {
            throw new IllegalArgumentException("Conversation limits must allow at least one message in a window");
        }
    }

    /** The start of the rate window that ends {@code now}. */
    public Instant since(Instant now) {
        return now.minus(window);
    }

    /** @throws org.emporium.platform.core.DomainException 429 when {@code sentInWindow} uses up the rate limit */
    public void checkRate(long sentInWindow) {
        if (sentInWindow >= maxMessagesPerWindow) {
            throw MessageErrors.tooManyMessages(maxMessagesPerWindow, window);
        }
    }
}
