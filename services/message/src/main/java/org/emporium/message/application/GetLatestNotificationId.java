package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Query;

/** The id of {@code userId}'s newest notification, 0 when none: where a live stream without resume id starts. */
public record GetLatestNotificationId(@NotNull UUID userId) implements Query<Long> {}
