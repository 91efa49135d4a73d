package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Deletes one of the caller's notifications; another user's is not found. */
public record DeleteNotification(@NotNull UUID userId, long id) implements Command<Long> {}
