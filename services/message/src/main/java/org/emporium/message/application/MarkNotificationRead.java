package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Marks one of the caller's notifications read (idempotent); another user's is not found. */
public record MarkNotificationRead(@NotNull UUID userId, long id) implements Command<Long> {}
