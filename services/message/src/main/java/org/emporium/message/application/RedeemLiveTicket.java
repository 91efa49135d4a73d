package org.emporium.message.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.emporium.message.domain.LiveGrant;
import org.emporium.platform.mediator.Command;

/** Uses a live ticket (once); refused with {@code MESSAGE.TICKET_INVALID} when unknown, used or expired. */
public record RedeemLiveTicket(@NotBlank @Size(max = 100) String ticket) implements Command<LiveGrant> {}
