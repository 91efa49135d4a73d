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

    /**
     * Locks the order for the transaction unless another transaction holds it ({@code SKIP LOCKED}): empty when it
     * is missing or busy.
     */
    Optional<Order> lockedIfFree(OrderId id);

    /** The ids of up to {@code limit} unpaid orders placed before {@code cutoff}, oldest first; nothing locked. */
    List<OrderId> unpaidPlacedBefore(Instant cutoff, int limit);
}
