package org.emporium.message.domain;

import java.time.Instant;
import java.util.UUID;

/** The notifications store. Every method acts on one user's notifications only. */
public interface Notifications {

    /** Stores {@code notification}; ids of one user grow in commit order. Returns the new id. */
    long add(Notification notification);

    /** Marks one of {@code userId}'s notifications read (keeps an earlier read time); false when it is not theirs. */
    boolean markRead(UUID userId, long id, Instant at);

    /** Marks every unread notification of {@code userId} read; returns how many. */
    int markAllRead(UUID userId, Instant at);

    /** Deletes one of {@code userId}'s notifications; false when it is not theirs. */
    boolean delete(UUID userId, long id);
}
