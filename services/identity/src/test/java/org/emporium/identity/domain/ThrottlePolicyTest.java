package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.emporium.identity.domain.signin.ThrottlePolicy;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {
    private final ThrottlePolicy policy = new ThrottlePolicy(3, Duration.ofMinutes(15), Duration.ofMinutes(10));
    private final Instant t0 = Instant.parse("2026-01-01T10:00:00Z");

    @Test
    void locksAfterMaxFailuresWithinTheWindow() {
        var state = policy.afterFailure(null, t0);
        state = policy.afterFailure(state, t0.plusSeconds(60));
        assertThat(policy.remainingLockout(state, t0.plusSeconds(61))).isEmpty();
        state = policy.afterFailure(state, t0.plusSeconds(120));
        assertThat(policy.remainingLockout(state, t0.plusSeconds(180))).contains(Duration.ofMinutes(9));
        assertThat(policy.remainingLockout(state, t0.plusSeconds(120 + 600))).isEmpty();
    }

    @Test
    void failuresOutsideTheWindowStartAgain() {
        var state = policy.afterFailure(policy.afterFailure(null, t0), t0.plusSeconds(1));
        state = policy.afterFailure(state, t0.plus(Duration.ofMinutes(20)));
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.lockedUntil()).isNull();
    }
}
