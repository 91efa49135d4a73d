package org.emporium.message.application;

import java.time.Instant;

/** A live ticket: use it once, before {@code expiresAt}, as {@code ?ticket=} of the WebSocket URL. */
public record LiveTicketView(String ticket, Instant expiresAt) {}
