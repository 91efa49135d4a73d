package org.emporium.ordering.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One customer's use of an {@code Idempotency-Key} for a checkout. Keys are per customer (two customers may use the
 * same key) and live for {@link #LIFETIME}; the database keeps {@code (customer_id, key)} unique, so two concurrent
 * requests with one key cannot both place an order. A retry with the same key and the same body (same
 * {@code fingerprint}) gets the same order back; a different body is 422 {@code ORDERING.IDEMPOTENCY_KEY_REUSED}.
 * After the lifetime, the key is free again.
 *
 * @param fingerprint a digest of the request body, canonicalised
 */
public record CheckoutAttempt(UUID customerId, String key, String fingerprint, OrderId orderId, Instant createdAt) {
    public static final Duration LIFETIME = Duration.ofHours(24);

    public CheckoutAttempt {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Instant expiresAt() {
        return createdAt.plus(LIFETIME);
    }

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt());
    }

    /**
     * The order a retry of this attempt gets back.
     *
     * @throws org.emporium.platform.core.DomainException 422 when the body differs
     */
    public OrderId replay(String requestFingerprint) {
        if (!fingerprint.equals(requestFingerprint)) {
            throw OrderingErrors.idempotencyKeyReused();
        }
        return orderId;
    }
}
