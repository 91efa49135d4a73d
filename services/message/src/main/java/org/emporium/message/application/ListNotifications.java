package org.emporium.message.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** The caller's notifications, newest first; only unread ones when {@code unreadOnly}. */
public record ListNotifications(
        @NotNull UUID userId,
        boolean unreadOnly,
        @Min(0) @Max(Paging.MAX_PAGE) int page,
        @Min(1) @Max(Paging.MAX_SIZE) int size)
        implements Query<NotificationPageView> {}
