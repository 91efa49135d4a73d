package org.emporium.identity.domain.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code maxFailures} failed sign-ins within {@code window} lock the key for {@code lockout}. A failure after the
 * window has passed starts a new window.
 */
public record ThrottlePolicy(int maxFailures, Duration window, Duration lockout) {
    public ThrottlePolicy {
        if (maxFailures < 1 || window.isNegative() || lockout.isNegative()) {
            throw new IllegalArgumentException("maxFailures >= 1, window and lockout >= 0");
        }
    }

    /** The state after one more failure at {@code now}. */
    public FailedAttempts afterFailure(FailedAttempts current, Instant now) {
        var inWindow = current != null && current.windowStart().plus(window).isAfter(now);
        var failures = inWindow ? current.failures() + 1 : 1;
        var windowStart = inWindow ? current.windowStart() : now;
        var lockedUntil = failures >= maxFailures ? now.plus(lockout) : null;
        return new FailedAttempts(failures, windowStart, lockedUntil);
    }

    /** How long sign-in stays refused for this state, if it is locked at {@code now}. */
    public Optional<Duration> remainingLockout(FailedAttempts current, Instant now) {
        if (current == null
                || current.lockedUntil() == null
                || !current.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.lockedUntil()));
    }
}
