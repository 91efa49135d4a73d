package org.emporium.message.domain;

import org.emporium.platform.core.DomainException;

/** Every refusal of the message service, named once with a stable code (documented in docs/message.md). */
public final class MessageErrors {
    public static final String NOTIFICATION_NOT_FOUND = "MESSAGE.NOTIFICATION_NOT_FOUND";

    private MessageErrors() {}

    /** 404: no such notification, or another user's (its existence is not revealed). */
    public static DomainException notificationNotFound(long id) {
        return DomainException.notFound(NOTIFICATION_NOT_FOUND, "Notification " + id + " does not exist.");
    }
}
