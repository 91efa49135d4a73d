package org.emporium.identity.domain.signin;

import java.time.Instant;

/**
 * Failed sign-ins counted for one key (an account or a client address) since {@code windowStart}; locked until
 * {@code lockedUntil} when that is set and in the future.
 */
public record FailedAttempts(int failures, Instant windowStart, Instant lockedUntil) {
    public static FailedAttempts none(Instant now) {
        return new FailedAttempts(0, now, null);
    }
}
