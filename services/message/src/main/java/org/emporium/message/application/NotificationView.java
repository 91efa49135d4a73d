package org.emporium.message.application;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One notification as its owner sees it; {@code readAt} is null while unread. */
public record NotificationView(
        long id,
        String kind,
        String title,
        String body,
        @Nullable String link,
        Instant createdAt,
        @Nullable Instant readAt) {}
