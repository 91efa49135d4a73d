package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** How many of the caller's notifications are unread. */
public record GetUnreadCount(@NotNull UUID userId) implements Query<Long> {}
