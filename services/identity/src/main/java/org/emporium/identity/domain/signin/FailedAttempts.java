package org.emporium.identity.domain.signin;

import java.time.Duration;
import java.time.Instant;

/**
 * Sign-ins counted as failed for one key (an account or a client address) since {@code windowStart}; locked until
 * {@code lockedUntil} when that is set and in the future. {@code failures} includes the {@code pending} attempts
 * still in progress (counted as failures until they are known to have succeeded); the latest of them started at
 * {@code pendingSince}. The rest are confirmed failures.
 *
 * <p>An attempt is in progress for at most {@link #IN_PROGRESS_AT_MOST} after the key's latest attempt started: a
 * password check takes well under a second, so attempts still pending then were lost (their process died, or they
 * ended with an unexpected error) and count as confirmed failures from then on.
 */
public record FailedAttempts(
        int failures, Instant windowStart, Instant lockedUntil, int pending, Instant pendingSince) {
    /** How long after a key's latest attempt started its pending attempts still count as in progress. */
    public static final Duration IN_PROGRESS_AT_MOST = Duration.ofSeconds(30);

    /** Confirmed failures only, nothing in progress. */
    public FailedAttempts(int failures, Instant windowStart, Instant lockedUntil) {
        this(failures, windowStart, lockedUntil, 0, null);
    }

    public FailedAttempts {
        pending = Math.max(0, pending);
        pendingSince = pending == 0 ? null : pendingSince;
    }

    public static FailedAttempts none(Instant now) {
        return new FailedAttempts(0, now, null);
    }

    /** The attempts still in progress at {@code now}: none once the latest started too long ago. */
    public int inProgress(Instant now) {
        return pending > 0
                        && pendingSince != null
                        && pendingSince.plus(IN_PROGRESS_AT_MOST).isAfter(now)
                ? pending
                : 0;
    }

    /** The failures known at {@code now} to be failures: those not in progress. */
    public int confirmed(Instant now) {
        return Math.max(0, failures - inProgress(now));
    }
}
