package org.emporium.message.domain;

import java.time.Instant;
import java.util.Optional;

/** One-time tickets for a live connection, shared by every replica. */
public interface LiveTickets {

    /**
     * Stores a ticket (by its hash) that grants {@code grant} until {@code expiresAt}, and drops the user's oldest
     * unredeemed tickets beyond the newest {@code keepPerUser}.
     */
    void add(String ticketHash, LiveGrant grant, Instant expiresAt, int keepPerUser);

    /** Removes and returns the ticket's grant if it exists and has not expired at {@code now}: a ticket works once. */
    Optional<LiveGrant> redeem(String ticketHash, Instant now);
}
