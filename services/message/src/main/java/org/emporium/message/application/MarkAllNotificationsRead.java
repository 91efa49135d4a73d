package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** Marks every unread notification of the caller read. Returns how many were unread. */
public record MarkAllNotificationsRead(@NotNull UUID userId) implements Command<Integer> {}
