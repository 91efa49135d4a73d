package org.emporium.message.application;

import java.util.List;
import java.util.UUID;

/** The inbox's read model: one user's notifications, newest first. */
public interface NotificationViews {

    /** A page of {@code userId}'s notifications, only unread ones when {@code unreadOnly}. */
    List<NotificationView> page(UUID userId, boolean unreadOnly, int page, int size);

    long count(UUID userId, boolean unreadOnly);
}
