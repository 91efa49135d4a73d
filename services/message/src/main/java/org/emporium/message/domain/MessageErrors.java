package org.emporium.message.domain;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Every refusal of the message service, named once with a stable code (documented in docs/message.md). */
public final class MessageErrors {
    public static final String NOTIFICATION_NOT_FOUND = "MESSAGE.NOTIFICATION_NOT_FOUND";
    public static final String TICKET_INVALID = "MESSAGE.TICKET_INVALID";
    public static final String CONVERSATION_NOT_FOUND = "MESSAGE.CONVERSATION_NOT_FOUND";
    public static final String CONVERSATION_CLOSED = "MESSAGE.CONVERSATION_CLOSED";
    public static final String CONVERSATION_FULL = "MESSAGE.CONVERSATION_FULL";
    public static final String TOO_MANY_MESSAGES = "MESSAGE.TOO_MANY_MESSAGES";

    private MessageErrors() {}

    /** 404: no such notification, or another user's (its existence is not revealed). */
    public static DomainException notificationNotFound(long id) {
        return DomainException.notFound(NOTIFICATION_NOT_FOUND, "Notification " + id + " does not exist.");
    }

    /** 403: the live ticket is unknown, used already or expired; ask for a new one. */
    public static DomainException ticketInvalid() {
        return new DomainException(TICKET_INVALID, ErrorKind.FORBIDDEN, "The live ticket is unknown, used or expired.");
    }

    /** 404: no such conversation, or one the caller takes no side in (its existence is not revealed). */
    public static DomainException conversationNotFound(UUID id) {
        return DomainException.notFound(CONVERSATION_NOT_FOUND, "Conversation " + id + " does not exist.");
    }

    /** 409: the conversation was closed; open a new one. */
    public static DomainException conversationClosed(UUID id) {
        return new DomainException(
                CONVERSATION_CLOSED, ErrorKind.CONFLICT, "Conversation " + id + " is closed; open a new one.");
    }

    /** 422: the conversation holds its maximum number of messages; open a new one. */
    public static DomainException conversationFull(UUID id, int max) {
        return new DomainException(
                CONVERSATION_FULL,
                ErrorKind.RULE_VIOLATED,
                "Conversation " + id + " holds its maximum of " + max + " messages; open a new one.",
                Map.of("maxMessages", max));
    }

    /** 429 with {@code Retry-After}: the author wrote the most messages allowed in the window. */
    public static DomainException tooManyMessages(int max, Duration window) {
        return new DomainException(
                TOO_MANY_MESSAGES,
                ErrorKind.TOO_MANY_REQUESTS,
                "At most " + max + " messages per " + window.toSeconds() + " s; wait a little.",
                Map.of("retryAfterSeconds", window.toSeconds(), "maxMessages", max));
    }
}
