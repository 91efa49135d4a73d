package org.emporium.ordering.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The {@code Idempotency-Key}s in use. {@link #claim} relies on the database's unique {@code (customer_id, key)}:
 * of two concurrent claims of one key, the second waits for the first's transaction and then finds its attempt,
 * so one key never places two orders (no check-then-insert).
 */
public interface CheckoutAttempts {
    /**
     * Claims the key for {@code attempt} (a new key, or one whose previous use is older than
     * {@link CheckoutAttempt#LIFETIME}); empty when claimed, else the live attempt that holds it.
     */
    Optional<CheckoutAttempt> claim(CheckoutAttempt attempt);

    /** Forgets attempts older than {@code cutoff}; answers how many. */
    int deleteCreatedBefore(Instant cutoff);

    /** The live attempt of {@code customerId} with {@code key}, if any. */
    Optional<CheckoutAttempt> find(UUID customerId, String key);
}
