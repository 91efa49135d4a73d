package org.emporium.message.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A new notification for {@code userId}, rendered from its kind's template; the store assigns its id. */
public record Notification(
        UUID userId,
        NotificationKind kind,
        String title,
        String body,
        @Nullable String link,
        Instant createdAt) {
    public Notification {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
