package org.emporium.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import org.emporium.identity.domain.signin.FailedAttempts;
import org.emporium.identity.domain.signin.SignInLocked;
import org.emporium.identity.domain.signin.SignInThrottle;
import org.emporium.identity.domain.signin.ThrottlePolicy;
import org.emporium.identity.fixtures.InMemorySignIns;
import org.emporium.identity.fixtures.MutableClock;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {
    private static final String ATTACKER = "198.51.100.66";
    private static final String OWNER = "203.0.113.10";

    private final InMemorySignIns store = new InMemorySignIns();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final SignInThrottle throttle = new SignInThrottle(
            store,
            store,
            new ThrottlePolicy.Lockout(3, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new ThrottlePolicy.Backoff(5, Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofMinutes(5)),
            new ThrottlePolicy.Lockout(10, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            Duration.ofDays(30),
            clock);

    private void fail(String account, String address, boolean exists) {
        throttle.begin(account, address).failed(exists);
    }

    private void succeed(String account, String address) {
        throttle.begin(account, address).succeeded();
    }

    @Test
    void failuresFromOneAddressLockTheAccountForThatAddressOnly() {
        for (int i = 0; i < 3; i++) {
            fail("ada@example.org", ATTACKER, true);
        }

        assertThatThrownBy(() -> throttle.begin("ADA@example.org ", ATTACKER))
                .isInstanceOf(SignInLocked.class)
                .hasMessageContaining("900 seconds");
        succeed("ada@example.org", OWNER);
    }

    @Test
    void failuresFromManyAddressesSlowTheAccountDownButNeverForAnAddressItSignedInFrom() {
        succeed("ada@example.org", OWNER);
        for (int i = 0; i < 6; i++) {
            fail("ada@example.org", "198.51.100." + i, true);
        }

        assertThatThrownBy(() -> throttle.begin("ada@example.org", "198.51.100.99"))
                .isInstanceOfSatisfying(
                        SignInLocked.class,
                        locked -> assertThat(locked.retryAfterSeconds()).isEqualTo(1));
        succeed("ada@example.org", OWNER);
        clock.advance(Duration.ofSeconds(1));
        succeed("ada@example.org", "198.51.100.99");
    }

    @Test
    void aCorrectPasswordClearsTheAccountsCountsButNotTheAddresss() {
        fail("ada@example.org", OWNER, true);
        fail("ada@example.org", OWNER, true);
        succeed("ada@example.org", OWNER);

        assertThat(store.state("pair:" + OWNER + "|ada@example.org")).isNull();
        assertThat(store.state("account:ada@example.org")).isNull();
        assertThat(store.state("network:" + OWNER).failures()).isEqualTo(2);
    }

    @Test
    void anAddressOverItsBudgetStillLetsInAccountsThatSignedInFromItBefore() {
        succeed("admin@example.org", ATTACKER);
        for (int i = 0; i < 10; i++) {
            fail("victim-" + i + "@example.org", ATTACKER, true);
        }

        assertThatThrownBy(() -> throttle.begin("newcomer@example.org", ATTACKER))
                .isInstanceOf(SignInLocked.class);
        succeed("admin@example.org", ATTACKER);
        assertThatThrownBy(() -> throttle.begin("newcomer@example.org", ATTACKER))
                .as("a known account's success does not unlock the address for others")
                .isInstanceOf(SignInLocked.class);
        succeed("newcomer@example.org", OWNER);
    }

    @Test
    void guessesAtAccountsThatDoNotExistDoNotSpendTheAddresssBudget() {
        for (int i = 0; i < 50; i++) {
            fail("nobody-" + i + "@example.org", ATTACKER, false);
        }

        succeed("admin@example.org", ATTACKER);
        assertThat(store.state("network:" + ATTACKER)).isNull();
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        for (int i = 1; i <= 3; i++) {
            fail("ada@example.org", "2001:db8:1:2::" + i, true);
        }

        assertThatThrownBy(() -> throttle.begin("ada@example.org", "2001:db8:1:2:ffff::1"))
                .isInstanceOf(SignInLocked.class);
        succeed("ada@example.org", "2001:db8:1:3::1");
    }

    @Test
    void anAttemptIsCountedWhenItStartsSoConcurrentOnesCannotAllPass() {
        var first = throttle.begin("ada@example.org", ATTACKER);
        var second = throttle.begin("ada@example.org", ATTACKER);
        var third = throttle.begin("ada@example.org", ATTACKER);

        assertThatThrownBy(() -> throttle.begin("ada@example.org", ATTACKER)).isInstanceOf(SignInLocked.class);
        first.failed(true);
        second.failed(true);
        third.failed(true);
    }

    @Test
    void aRefusalDueOnlyToAttemptsInProgressSaysSoAndAsksForAShortRetry() {
        var first = throttle.begin("ada@example.org", OWNER);
        throttle.begin("ada@example.org", OWNER);
        throttle.begin("ada@example.org", OWNER);

        assertThatThrownBy(() -> throttle.begin("ada@example.org", OWNER))
                .isInstanceOfSatisfying(SignInLocked.class, refused -> {
                    assertThat(refused.code()).isEqualTo(IdentityErrors.SIGN_IN_IN_PROGRESS);
                    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
                    assertThat(refused.getMessage())
                            .isEqualTo("Another sign-in is still in progress; try again in a second.");
                });
        first.succeeded();
        succeed("ada@example.org", OWNER);
    }

    @Test
    void confirmedFailuresLockForTheWholeLockoutEvenWithAnotherAttemptInProgress() {
        fail("ada@example.org", ATTACKER, true);
        fail("ada@example.org", ATTACKER, true);
        var last = throttle.begin("ada@example.org", ATTACKER);

        assertThat(codeOf(() -> throttle.begin("ada@example.org", ATTACKER)))
                .as("two confirmed failures and one in progress")
                .isEqualTo(IdentityErrors.SIGN_IN_IN_PROGRESS);
        last.failed(true);
        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> throttle.begin("ada@example.org", ATTACKER))
                .isInstanceOfSatisfying(SignInLocked.class, locked -> {
                    assertThat(locked.code()).isEqualTo(IdentityErrors.SIGN_IN_LOCKED);
                    assertThat(locked.retryAfterSeconds()).isEqualTo(899);
                    assertThat(locked.getMessage()).contains("899 seconds");
                });
    }

    @Test
    void attemptsThatNeverReportTheirEndCountAsConfirmedFailuresAfterThirtySeconds() {
        throttle.begin("ada@example.org", ATTACKER);
        throttle.begin("ada@example.org", ATTACKER);
        var lost = throttle.begin("ada@example.org", ATTACKER);
        assertThat(codeOf(() -> throttle.begin("ada@example.org", ATTACKER)))
                .isEqualTo(IdentityErrors.SIGN_IN_IN_PROGRESS);

        clock.advance(FailedAttempts.IN_PROGRESS_AT_MOST);

        assertThatThrownBy(() -> throttle.begin("ada@example.org", ATTACKER))
                .isInstanceOfSatisfying(SignInLocked.class, locked -> {
                    assertThat(locked.code()).isEqualTo(IdentityErrors.SIGN_IN_LOCKED);
                    assertThat(locked.retryAfterSeconds()).isEqualTo(870);
                });
        lost.failed(true);
        assertThat(codeOf(() -> throttle.begin("ada@example.org", ATTACKER)))
                .as("a late end changes nothing")
                .isEqualTo(IdentityErrors.SIGN_IN_LOCKED);
    }

    @Test
    void theAccountsBackoffAndTheAddresssBudgetTellAttemptsInProgressFromFailuresToo() {
        var spread = new ArrayList<SignInThrottle.Attempt>();
        for (int i = 0; i < 6; i++) {
            spread.add(throttle.begin("ada@example.org", "198.51.100." + i));
        }
        assertThat(codeOf(() -> throttle.begin("ada@example.org", "198.51.100.99")))
                .isEqualTo(IdentityErrors.SIGN_IN_IN_PROGRESS);
        spread.forEach(attempt -> attempt.failed(true));
        assertThat(codeOf(() -> throttle.begin("ada@example.org", "198.51.100.99")))
                .isEqualTo(IdentityErrors.SIGN_IN_LOCKED);

        var sprayed = new ArrayList<SignInThrottle.Attempt>();
        for (int i = 0; i < 10; i++) {
            sprayed.add(throttle.begin("victim-" + i + "@example.org", OWNER));
        }
        assertThat(codeOf(() -> throttle.begin("newcomer@example.org", OWNER)))
                .isEqualTo(IdentityErrors.SIGN_IN_IN_PROGRESS);
        sprayed.forEach(attempt -> attempt.failed(true));
        assertThat(codeOf(() -> throttle.begin("newcomer@example.org", OWNER)))
                .isEqualTo(IdentityErrors.SIGN_IN_LOCKED);
    }

    @Test
    void anAttemptInProgressThatFailsForAnAccountThatDoesNotExistNoLongerHoldsTheAddress() {
        for (int i = 0; i < 9; i++) {
            fail("victim-" + i + "@example.org", ATTACKER, true);
        }
        var ghost = throttle.begin("nobody@example.org", ATTACKER);
        assertThat(codeOf(() -> throttle.begin("newcomer@example.org", ATTACKER)))
                .isEqualTo(IdentityErrors.SIGN_IN_IN_PROGRESS);

        ghost.failed(false);

        succeed("newcomer@example.org", ATTACKER);
        assertThat(store.state("network:" + ATTACKER).failures()).isEqualTo(9);
        assertThat(store.state("network:" + ATTACKER).inProgress(clock.instant()))
                .isZero();
    }

    private static String codeOf(Runnable attempt) {
        try {
            attempt.run();
        } catch (SignInLocked refused) {
            return refused.code();
        }
        throw new AssertionError("the attempt was not refused");
    }
}
