package org.emporium.message.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** {@code userId}'s notifications with an id above {@code after}, oldest first (what a live client has not seen). */
public record ListNotificationsAfter(
        @NotNull UUID userId,
        @Min(0) long after,
        @Min(1) @Max(Paging.MAX_SIZE) int limit) implements Query<List<NotificationView>> {}
