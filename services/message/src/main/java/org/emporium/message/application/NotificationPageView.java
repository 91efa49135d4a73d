package org.emporium.message.application;

import java.util.List;

/** One page of notifications, newest first; {@code total} counts all that match. */
public record NotificationPageView(List<NotificationView> items, int page, int size, long total, int totalPages) {
    public static NotificationPageView of(List<NotificationView> items, int page, int size, long total) {
        return new NotificationPageView(items, page, size, total, (int) ((total + size - 1) / size));
    }
}
