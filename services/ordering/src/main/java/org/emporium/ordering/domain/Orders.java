package org.emporium.ordering.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The orders' write-side repository port (the read side has its own views). */
public interface Orders {
    /** Locks the order for the transaction (saga and commands change one order at a time). */
    Optional<Order> lockedById(OrderId id);

    /**
     * Inserts or updates (optimistic: a stale version is refused), writes the new history entries with
     * {@code actor} (who made the change: {@code customer:<id>}, {@code admin:<id>}, {@code system:<what>}) and
     * hands the registered events to the outbox in the same transaction.
     */
    void save(Order order, String actor);

    /** Unpaid orders placed before {@code cutoff}, locked and skipped by other replicas ({@code SKIP LOCKED}). */
    List<Order> lockUnpaidPlacedBefore(Instant cutoff, int limit);
}
