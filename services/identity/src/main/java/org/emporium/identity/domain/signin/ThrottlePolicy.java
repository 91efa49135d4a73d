package org.emporium.identity.domain.signin;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How failed sign-ins counted under one key refuse further attempts. An attempt is counted when it starts (as a
 * failure until it is known to have succeeded), so concurrent attempts cannot all pass a check made before any of
 * them was counted. It is counted as in progress too until its end is reported: a refusal that would not be in force
 * counting only the confirmed failures is due to attempts still running, which {@link #remainingConfirmedLockout}
 * tells apart. Whether an attempt is refused never depends on that distinction, only what the refusal says.
 */
public sealed interface ThrottlePolicy {

    /** The state after one more attempt, starting at {@code now} and in progress until its end is reported. */
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
     * How long attempts stay refused in this state at {@code now} because of confirmed failures: the whole remaining
     * lockout if they are refused and the refusal would be in force counting only confirmed failures, empty if they
     * are not refused or only attempts still in progress make them so: when the failures counted are past
     * {@link #allowedFailures} but the confirmed ones are not. Decided by the counts alone, not by when the lock was
     * set: concurrent attempts, and replicas, read their clocks in another order than they are counted.
     */
    default Optional<Duration> remainingConfirmedLockout(FailedAttempts current, Instant now) {
        var remaining = remainingLockout(current, now);
        if (remaining.isEmpty()) {
            return remaining;
        }
        var onlyInProgress = current.inProgress(now) > 0
                && current.failures() > allowedFailures()
                && current.confirmed(now) <= allowedFailures();
        return onlyInProgress ? Optional.empty() : remaining;
    }

    /** How many failures within a window are let through before attempts are refused (or slowed). */
    int allowedFailures();

    /**
     * The state once an attempt counted by {@link #afterAttempt} turned out to fail: it stays counted, no longer in
     * progress. Null (nothing to remember) stays null: a success cleared the counts meanwhile.
     */
    default FailedAttempts afterFailure(FailedAttempts current) {
        if (current == null) {
            return null;
        }
        return new FailedAttempts(
                current.failures(),
                current.windowStart(),
                current.lockedUntil(),
                current.pending() - 1,
                current.pendingSince());
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
            return new FailedAttempts(
                    failures,
                    windowStart,
                    lockedUntil,
                    ThrottlePolicy.inProgress(current, now) + 1,
                    ThrottlePolicy.latestStart(current, now));
        }

        /**
         * The {@code maxFailures}-th failure sets the lock. So for {@link #remainingConfirmedLockout} a lock in force
         * below the limit (one of an earlier window still running, or one {@link #withoutAttempt} left) is confirmed,
         * and one of an earlier window that this window has reached the limit under again, with attempts in progress,
         * reads as due to them: refused all the same, it says so only until they end.
         */
        @Override
        public int allowedFailures() {
            return maxFailures - 1;
        }

        /**
         * The state once an attempt counted by {@link #afterAttempt} turns out not to count (it succeeded, or it
         * was for an account that does not exist): one failure less and one attempt less in progress, and no lock if
         * that attempt set it and the failures left are below the limit. Null when nothing is left to remember.
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
            return new FailedAttempts(
                    failures, current.windowStart(), lockedUntil, current.pending() - 1, current.pendingSince());
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
            return new FailedAttempts(
                    failures,
                    windowStart,
                    next,
                    ThrottlePolicy.inProgress(current, now) + 1,
                    ThrottlePolicy.latestStart(current, now));
        }

        /**
         * The free failures. A wait set by confirmed failures keeps its whole remaining time for
         * {@link #remainingConfirmedLockout} (the one the latest attempt set, which may be longer than the confirmed
         * failures alone would have set: erring on the long side).
         */
        @Override
        public int allowedFailures() {
            return freeFailures;
        }

        /** The wait after the {@code n}-th attempt beyond the free ones. */
        Duration delay(int n) {
            var doublings = Math.min(n - 1, 30);
            var delay = firstDelay.multipliedBy(1L << doublings);
            return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
        }
    }

    /**
     * The attempts of {@code current} still in progress at {@code now}; they stay so whether the next attempt starts
     * a new window or not (their end is reported against this state), while those in progress for too long become
     * confirmed failures.
     */
    private static int inProgress(FailedAttempts current, Instant now) {
        return current == null ? 0 : current.inProgress(now);
    }

    /** When the latest attempt counted under {@code current}, or the one starting at {@code now}, started. */
    private static Instant latestStart(FailedAttempts current, Instant now) {
        return current != null
                        && current.pendingSince() != null
                        && current.pendingSince().isAfter(now)
                ? current.pendingSince()
                : now;
    }
}
