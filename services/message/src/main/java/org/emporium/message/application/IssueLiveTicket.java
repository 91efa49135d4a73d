package org.emporium.message.application;

import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.UUID;
import org.emporium.platform.mediator.Command;

/** A one-time ticket for opening {@code userId}'s live connection, valid until the token that asked expires. */
public record IssueLiveTicket(@NotNull UUID userId, @NotNull Instant tokenExpiresAt)
        implements Command<LiveTicketView> {}
