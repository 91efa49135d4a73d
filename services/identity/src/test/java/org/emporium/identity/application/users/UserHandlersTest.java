package org.emporium.identity.application.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.emporium.identity.domain.IdentityErrors;
import org.emporium.identity.domain.signin.SignInLocked;
import org.emporium.identity.domain.signin.SignInThrottle;
import org.emporium.identity.domain.signin.ThrottlePolicy;
import org.emporium.identity.domain.user.PasswordPolicy;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.UserRegistered;
import org.emporium.identity.fixtures.InMemorySignIns;
import org.emporium.identity.fixtures.InMemoryUsers;
import org.emporium.identity.fixtures.MutableClock;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

/** The account use cases without Spring: in-memory stores, a hasher that only prefixes, a hand-moved clock. */
class UserHandlersTest {
    private static final String PASSWORD = "Correct-Horse-42";
    private static final String ADDRESS = "203.0.113.5";

    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemorySignIns signIns = new InMemorySignIns();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T10:00:00.123456789Z"));
    private final PasswordPolicy policy = new PasswordPolicy(p -> p.equals("password123"));
    private final List<UserId> revoked = new ArrayList<>();
    private final RefreshTokens refreshTokens = revoked::add;
    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String rawPassword) {
            return "{test}" + rawPassword;
        }

        @Override
        public boolean matches(String rawPassword, String hash) {
            return hash.equals("{test}" + rawPassword);
        }
    };
    private final SignInThrottle throttle = new SignInThrottle(
            signIns,
            signIns,
            new ThrottlePolicy.Lockout(3, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            new ThrottlePolicy.Backoff(10, Duration.ofHours(24), Duration.ofSeconds(1), Duration.ofMinutes(5)),
            new ThrottlePolicy.Lockout(20, Duration.ofMinutes(15), Duration.ofMinutes(15)),
            Duration.ofDays(30),
            clock);

    private final RegisterUserHandler register = new RegisterUserHandler(
            users,
            policy,
            hasher,
            clock,
            org.springframework.transaction.support.TransactionOperations.withoutTransaction());
    private final ChangePasswordHandler changePassword =
            new ChangePasswordHandler(users, policy, hasher, refreshTokens, throttle);

    private UserId registered(String email) {
        return register.handle(new RegisterUser(email, PASSWORD, "Ada"));
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void registrationStoresAHashedCustomerAndHandsTheEventToTheStore() {
        var id = registered("ada@example.org");

        var user = users.byId(id).orElseThrow();
        assertThat(user.passwordHash()).isEqualTo("{test}" + PASSWORD);
        assertThat(user.roles()).containsExactly(Role.CUSTOMER);
        assertThat(users.published)
                .singleElement()
                .isInstanceOfSatisfying(
                        UserRegistered.class,
                        event -> assertThat(event.registeredAt())
                                .isEqualTo(Instant.parse("2026-01-01T10:00:00.123456Z")));
    }

    @Test
    void registrationRefusesAWeakPasswordAndATakenAddress() {
        registered("ada@example.org");

        assertThat(codeOf(() -> register.handle(new RegisterUser("bob@example.org", "password123", "Bob"))))
                .isEqualTo(IdentityErrors.WEAK_PASSWORD);
        assertThat(codeOf(() -> register.handle(new RegisterUser("ADA@example.org", PASSWORD, "Other"))))
                .isEqualTo(IdentityErrors.EMAIL_TAKEN);
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndRevokesRefreshTokens() {
        var id = registered("ada@example.org");

        assertThat(codeOf(() -> changePassword.handle(new ChangePassword(id, "wrong", "New-Horse-4242", ADDRESS))))
                .isEqualTo(IdentityErrors.WRONG_PASSWORD);
        assertThat(revoked).isEmpty();

        changePassword.handle(new ChangePassword(id, PASSWORD, "New-Horse-4242", ADDRESS));
        assertThat(users.byId(id).orElseThrow().passwordHash()).isEqualTo("{test}New-Horse-4242");
        assertThat(revoked).containsExactly(id);
    }

    @Test
    void wrongCurrentPasswordsAreThrottledLikeSignIns() {
        var id = registered("ada@example.org");
        for (int i = 0; i < 3; i++) {
            var guess = "guess-" + i;
            assertThat(codeOf(() -> changePassword.handle(new ChangePassword(id, guess, "New-Horse-4242", ADDRESS))))
                    .isEqualTo(IdentityErrors.WRONG_PASSWORD);
        }

        assertThatThrownBy(() -> changePassword.handle(new ChangePassword(id, PASSWORD, "New-Horse-4242", ADDRESS)))
                .isInstanceOf(SignInLocked.class);
        assertThat(users.byId(id).orElseThrow().passwordHash()).isEqualTo("{test}" + PASSWORD);
        assertThatThrownBy(() -> throttle.begin("ADA@example.org", ADDRESS))
                .as("the same count as the account's sign-ins")
                .isInstanceOf(SignInLocked.class);
    }

    @Test
    void theAdminsChangesLoadApplyOneIntentAndSave() {
        var id = registered("ada@example.org");
        var admin = UserId.newId();

        new GrantRoleHandler(users).handle(new GrantRole(id, Role.ADMIN));
        assertThat(users.byId(id).orElseThrow().roles()).contains(Role.ADMIN);
        new RevokeRoleHandler(users).handle(new RevokeRole(id, Role.ADMIN, admin));
        assertThat(users.byId(id).orElseThrow().roles()).containsExactly(Role.CUSTOMER);

        new DisableUserHandler(users, refreshTokens).handle(new DisableUser(id, admin));
        assertThat(users.byId(id).orElseThrow().enabled()).isFalse();
        assertThat(revoked).containsExactly(id);
        new EnableUserHandler(users).handle(new EnableUser(id));
        assertThat(users.byId(id).orElseThrow().enabled()).isTrue();

        new UpdateProfileHandler(users).handle(new UpdateProfile(id, " Grace "));
        assertThat(users.byId(id).orElseThrow().displayName()).isEqualTo("Grace");
    }

    @Test
    void everyAccountChangeOfAnUnknownUserIsUserNotFound() {
        var nobody = UserId.newId();
        var admin = UserId.newId();

        assertThat(List.of(
                        codeOf(() -> new GrantRoleHandler(users).handle(new GrantRole(nobody, Role.ADMIN))),
                        codeOf(() -> new RevokeRoleHandler(users).handle(new RevokeRole(nobody, Role.ADMIN, admin))),
                        codeOf(() ->
                                new DisableUserHandler(users, refreshTokens).handle(new DisableUser(nobody, admin))),
                        codeOf(() -> new EnableUserHandler(users).handle(new EnableUser(nobody))),
                        codeOf(() -> new UpdateProfileHandler(users).handle(new UpdateProfile(nobody, "X"))),
                        codeOf(() -> changePassword.handle(new ChangePassword(nobody, PASSWORD, PASSWORD, ADDRESS)))))
                .containsOnly(IdentityErrors.USER_NOT_FOUND);
        assertThat(revoked).isEmpty();
    }
}
