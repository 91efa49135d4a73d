package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.emporium.identity.domain.signin.ThrottlePolicy;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {
    private final ThrottlePolicy.Lockout lockout =
            new ThrottlePolicy.Lockout(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    private final ThrottlePolicy.Backoff backoff =
            new ThrottlePolicy.Backoff(2, Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofSeconds(5));
    private final Instant t0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void locksAfterMaxFailuresWithinTheWindow() {
        var state = lockout.afterAttempt(null, t0);
        state = lockout.afterAttempt(state, t0.plusSeconds(60));
        assertThat(lockout.remainingLockout(state, t0.plusSeconds(61))).isEmpty();
        state = lockout.afterAttempt(state, t0.plusSeconds(120));
        assertThat(lockout.remainingLockout(state, t0.plusSeconds(180))).contains(Duration.ofMinutes(9));
        assertThat(lockout.remainingLockout(state, t0.plusSeconds(120 + 600))).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        var state = lockout.afterAttempt(lockout.afterAttempt(null, t0), t0.plusSeconds(1));
        state = lockout.afterAttempt(state, t0.plus(Duration.ofMinutes(20)));
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.lockedUntil()).isNull();
    }

    @Test
    void aNewWindowKeepsALockThatIsStillRunning() {
        var locked = lockout.afterAttempt(lockout.afterAttempt(lockout.afterAttempt(null, t0), t0), t0);
        var later = t0.plus(Duration.ofMinutes(16));
        var lockedLonger = new ThrottlePolicy.Lockout(3, Duration.ofMinutes(15), Duration.ofMinutes(30));
        var state = lockedLonger.afterAttempt(lockedLonger.afterAttempt(lockedLonger.afterAttempt(null, t0), t0), t0);

        var afterWindow = lockedLonger.afterAttempt(state, later);

        assertThat(afterWindow.failures()).isEqualTo(1);
        assertThat(afterWindow.lockedUntil()).isEqualTo(t0.plus(Duration.ofMinutes(30)));
        assertThat(locked.lockedUntil()).isEqualTo(t0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void takingBackTheAttemptThatLockedUnlocksButAnEarlierLockStays() {
        var two = lockout.afterAttempt(lockout.afterAttempt(null, t0), t0);
        var three = lockout.afterAttempt(two, t0);
        assertThat(lockout.remainingLockout(three, t0)).isPresent();

        var takenBack = lockout.withoutAttempt(three, true);
        assertThat(takenBack.failures()).isEqualTo(2);
        assertThat(lockout.remainingLockout(takenBack, t0)).isEmpty();

        var four = lockout.afterAttempt(three, t0);
        assertThat(lockout.remainingLockout(lockout.withoutAttempt(four, false), t0))
                .isPresent();
        assertThat(lockout.withoutAttempt(lockout.afterAttempt(null, t0), false))
                .isNull();
    }

    @Test
    void backoffLetsTheFreeFailuresThroughThenDoublesTheWaitUpToTheMaximum() {
        var state = backoff.afterAttempt(null, t0);
        state = backoff.afterAttempt(state, t0);
        assertThat(backoff.remainingLockout(state, t0)).isEmpty();

        state = backoff.afterAttempt(state, t0);
        assertThat(backoff.remainingLockout(state, t0)).contains(Duration.ofSeconds(1));
        state = backoff.afterAttempt(state, t0.plusSeconds(1));
        assertThat(backoff.remainingLockout(state, t0.plusSeconds(1))).contains(Duration.ofSeconds(2));
        state = backoff.afterAttempt(state, t0.plusSeconds(3));
        assertThat(backoff.remainingLockout(state, t0.plusSeconds(3))).contains(Duration.ofSeconds(4));
        for (int i = 0; i < 40; i++) {
            state = backoff.afterAttempt(state, t0.plusSeconds(10));
        }
        assertThat(backoff.remainingLockout(state, t0.plusSeconds(10))).contains(Duration.ofSeconds(5));
    }
}
