package org.emporium.message.domain;

import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Every refusal of the message service, named once with a stable code (documented in docs/message.md). */
public final class MessageErrors {
    public static final String NOTIFICATION_NOT_FOUND = "MESSAGE.NOTIFICATION_NOT_FOUND";
    public static final String TICKET_INVALID = "MESSAGE.TICKET_INVALID";

    private MessageErrors() {}

    /** 404: no such notification, or another user's (its existence is not revealed). */
    public static DomainException notificationNotFound(long id) {
        return DomainException.notFound(NOTIFICATION_NOT_FOUND, "Notification " + id + " does not exist.");
    }

    /** 403: the live ticket is unknown, used already or expired; ask for a new one. */
    public static DomainException ticketInvalid() {
        return new DomainException(TICKET_INVALID, ErrorKind.FORBIDDEN, "The live ticket is unknown, used or expired.");
    }
}
