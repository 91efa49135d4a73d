package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.emporium.identity.domain.signin.FailedAttempts;
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

    @Test
    void aLockSetOnlyByAttemptsInProgressIsNotAConfirmedLockUntilTheyFail() {
        var state = lockout.afterAttempt(lockout.afterAttempt(lockout.afterAttempt(null, t0), t0), t0);
        assertThat(state.failures()).isEqualTo(3);
        assertThat(state.inProgress(t0)).isEqualTo(3);
        assertThat(lockout.remainingLockout(state, t0)).contains(Duration.ofMinutes(10));
        assertThat(lockout.remainingConfirmedLockout(state, t0)).isEmpty();

        state = lockout.afterFailure(lockout.afterFailure(state));
        assertThat(state.confirmed(t0)).isEqualTo(2);
        assertThat(lockout.remainingConfirmedLockout(state, t0))
                .as("one still in progress")
                .isEmpty();

        state = lockout.afterFailure(state);
        assertThat(state.failures()).isEqualTo(3);
        assertThat(state.inProgress(t0)).isZero();
        assertThat(lockout.remainingLockout(state, t0.plusSeconds(1))).contains(Duration.ofSeconds(599));
        assertThat(lockout.remainingConfirmedLockout(state, t0.plusSeconds(1))).contains(Duration.ofSeconds(599));
    }

    @Test
    void confirmedFailuresReachingTheLimitLockWhateverIsStillInProgress() {
        var state = lockout.afterFailure(lockout.afterAttempt(null, t0));
        state = lockout.afterFailure(lockout.afterAttempt(state, t0));
        state = lockout.afterFailure(lockout.afterAttempt(state, t0));
        var limitOfOne = new ThrottlePolicy.Lockout(1, Duration.ofMinutes(15), Duration.ofMinutes(10));

        assertThat(lockout.remainingConfirmedLockout(state, t0)).contains(Duration.ofMinutes(10));
        assertThat(limitOfOne.remainingConfirmedLockout(limitOfOne.afterAttempt(null, t0), t0))
                .as("a lock set by the one attempt in progress")
                .isEmpty();
    }

    @Test
    void attemptsInProgressLongAfterTheLatestStartedCountAsConfirmedFailures() {
        var state = lockout.afterAttempt(lockout.afterAttempt(null, t0), t0.plusSeconds(10));
        state = lockout.afterAttempt(state, t0.plusSeconds(20));
        var stillRunning =
                t0.plusSeconds(20).plus(FailedAttempts.IN_PROGRESS_AT_MOST).minusMillis(1);
        var lost = t0.plusSeconds(20).plus(FailedAttempts.IN_PROGRESS_AT_MOST);

        assertThat(state.inProgress(stillRunning))
                .as("the latest started under 30 s ago")
                .isEqualTo(3);
        assertThat(lockout.remainingConfirmedLockout(state, stillRunning)).isEmpty();
        assertThat(state.inProgress(lost)).isZero();
        assertThat(state.confirmed(lost)).isEqualTo(3);
        assertThat(lockout.remainingConfirmedLockout(state, lost))
                .contains(Duration.ofMinutes(10).minus(FailedAttempts.IN_PROGRESS_AT_MOST));
        var next = lockout.afterAttempt(lockout.afterAttempt(null, t0), lost);
        assertThat(next.inProgress(lost))
                .as("the lost one is no longer in progress, the new one is")
                .isEqualTo(1);
        assertThat(next.failures()).isEqualTo(2);
    }

    @Test
    void aLockOfAnEarlierWindowStillRunningStaysConfirmedWhileAnAttemptIsInProgress() {
        var longer = new ThrottlePolicy.Lockout(3, Duration.ofMinutes(15), Duration.ofMinutes(30));
        var locked = longer.afterFailure(longer.afterAttempt(null, t0));
        locked = longer.afterFailure(longer.afterAttempt(locked, t0));
        locked = longer.afterFailure(longer.afterAttempt(locked, t0));
        var later = t0.plus(Duration.ofMinutes(16));
        var inNewWindow = longer.afterAttempt(longer.afterAttempt(locked, later), later);

        assertThat(inNewWindow.failures()).isEqualTo(2);
        assertThat(inNewWindow.inProgress(later)).isEqualTo(2);
        assertThat(longer.remainingConfirmedLockout(inNewWindow, later)).contains(Duration.ofMinutes(14));
    }

    @Test
    void attemptsCountedInAnotherOrderThanTheirClocksReadStillLockOnlyWhileInProgress() {
        // As seen with sixteen concurrent sign-ins: the attempt that read the clock last was counted first.
        var state = lockout.afterAttempt(null, t0.plusMillis(20));
        state = lockout.afterAttempt(state, t0);
        state = lockout.afterAttempt(state, t0.plusMillis(10));

        assertThat(lockout.remainingLockout(state, t0.plusMillis(30))).isPresent();
        assertThat(lockout.remainingConfirmedLockout(state, t0.plusMillis(30))).isEmpty();
    }

    @Test
    void takingBackAnAttemptTakesItBackFromThoseInProgress() {
        var state = lockout.afterAttempt(lockout.afterAttempt(null, t0), t0);

        var takenBack = lockout.withoutAttempt(state, false);

        assertThat(takenBack.failures()).isEqualTo(1);
        assertThat(takenBack.inProgress(t0)).isEqualTo(1);
        assertThat(lockout.withoutAttempt(lockout.afterFailure(takenBack), false))
                .isNull();
        assertThat(lockout.afterFailure(null)).isNull();
    }

    @Test
    void aBackoffDueOnlyToAttemptsInProgressIsNotAConfirmedWait() {
        var state = backoff.afterAttempt(backoff.afterAttempt(null, t0), t0);
        state = backoff.afterAttempt(state, t0);
        assertThat(backoff.remainingLockout(state, t0)).contains(Duration.ofSeconds(1));
        assertThat(backoff.remainingConfirmedLockout(state, t0)).isEmpty();

        state = backoff.afterFailure(backoff.afterFailure(state));
        assertThat(backoff.remainingConfirmedLockout(state, t0))
                .as("two confirmed are free")
                .isEmpty();
        state = backoff.afterFailure(state);
        assertThat(backoff.remainingConfirmedLockout(state, t0)).contains(Duration.ofSeconds(1));

        var more = backoff.afterAttempt(state, t0.plusSeconds(1));
        assertThat(backoff.remainingConfirmedLockout(more, t0.plusSeconds(1)))
                .as("three confirmed wait whatever is in progress")
                .contains(Duration.ofSeconds(2));
    }
}
