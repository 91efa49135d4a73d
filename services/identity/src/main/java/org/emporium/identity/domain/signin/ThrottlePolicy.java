package org.emporium.identity.domain.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed sign-ins counted under one key refuse further attempts. An attempt is counted when it starts (as a
 * failure until it is known to have succeeded), so concurrent attempts cannot all pass a check made before any of
 * them was counted.
 */
public sealed interface ThrottlePolicy {

    /** The state after one more attempt at {@code now}. */
    FailedAttempts afterAttempt(FailedAttempts current, Instant now);

    /** How long attempts stay refused in this state, if they are refused at {@code now}. */
    default Optional<Duration> remainingLockout(FailedAttempts current, Instant now) {
        if (current == null
                || current.lockedUntil() == null
                || !current.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.lockedUntil()));
    }

    /**
     * {@code maxFailures} attempts within {@code window} lock the key for {@code lockout}. An attempt after the window
     * has passed starts a new window; a lock still running is kept.
     */
    record Lockout(int maxFailures, Duration window, Duration lockout) implements ThrottlePolicy {
        public Lockout {
            if (maxFailures < 1 || window.isNegative() || lockout.isNegative()) {
                throw new IllegalArgumentException("maxFailures >= 1, window and lockout >= 0");
            }
        }

        @Override
        public FailedAttempts afterAttempt(FailedAttempts current, Instant now) {
            var inWindow = current != null && current.windowStart().plus(window).isAfter(now);
            var failures = inWindow ? current.failures() + 1 : 1;
            var windowStart = inWindow ? current.windowStart() : now;
            var running = remainingLockout(current, now).isPresent() ? current.lockedUntil() : null;
            var lockedUntil = running != null ? running : failures >= maxFailures ? now.plus(lockout) : null;
            return new FailedAttempts(failures, windowStart, lockedUntil);
        }

        /**
         * The state once an attempt counted by {@link #afterAttempt} turns out not to count (it succeeded, or it
         * was for an account that does not exist): one failure less, and no lock if that attempt set it and the
         * failures left are below the limit. Null when nothing is left to remember.
         */
        public FailedAttempts withoutAttempt(FailedAttempts current, boolean lockSetByTheAttempt) {
            if (current == null) {
                return null;
            }
            var failures = Math.max(0, current.failures() - 1);
            var lockedUntil = lockSetByTheAttempt && failures < maxFailures ? null : current.lockedUntil();
            if (failures == 0 && lockedUntil == null) {
                return null;
            }
            return new FailedAttempts(failures, current.windowStart(), lockedUntil);
        }
    }

    /**
     * A back-off instead of a lock: the first {@code freeFailures} attempts within {@code window} are free; after
     * that each attempt makes the next wait {@code firstDelay}, doubling up to {@code maxDelay}. An attempt after the
     * window has passed starts a new window.
     */
    record Backoff(int freeFailures, Duration window, Duration firstDelay, Duration maxDelay)
            implements ThrottlePolicy {
        public Backoff {
            if (freeFailures < 0
                    || window.isNegative()
                    || firstDelay.isNegative()
                    || maxDelay.compareTo(firstDelay) < 0) {
                throw new IllegalArgumentException("freeFailures >= 0, window >= 0, 0 <= firstDelay <= maxDelay");
            }
        }

        @Override
        public FailedAttempts afterAttempt(FailedAttempts current, Instant now) {
            var inWindow = current != null && current.windowStart().plus(window).isAfter(now);
            var failures = inWindow ? current.failures() + 1 : 1;
            var windowStart = inWindow ? current.windowStart() : now;
            Instant next = failures > freeFailures ? now.plus(delay(failures - freeFailures)) : null;
            var running = remainingLockout(current, now).isPresent() ? current.lockedUntil() : null;
            if (running != null && (next == null || running.isAfter(next))) {
                next = running;
            }
            return new FailedAttempts(failures, windowStart, next);
        }

        /** The wait after the {@code n}-th attempt beyond the free ones. */
        Duration delay(int n) {
            var doublings = Math.min(n - 1, 30);
            var delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }
}
