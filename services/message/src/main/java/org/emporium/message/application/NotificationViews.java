package org.emporium.message.application;

import java.util.List;
import java.util.UUID;

/** The inbox's read model: one user's notifications, newest first. */
public interface NotificationViews {

    /** A page of {@code userId}'s notifications, only unread ones when {@code unreadOnly}. */
    List<NotificationView> page(UUID userId, boolean unreadOnly, int page, int size);

    long count(UUID userId, boolean unreadOnly);

    /** {@code userId}'s notifications with an id above {@code after}, oldest first, at most {@code limit}. */
    List<NotificationView> after(UUID userId, long after, int limit);

    /** The id of {@code userId}'s newest notification, 0 when none. */
    long latestId(UUID userId);
}
