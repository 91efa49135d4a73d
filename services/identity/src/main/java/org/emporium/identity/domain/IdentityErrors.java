package org.emporium.identity.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.emporium.identity.domain.signin.SignInLocked;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/**
 * identity's refusals, named once: one code, one status and one wording per condition (docs/identity.md lists
 * them). Nothing else in the service creates a {@link DomainException}.
 */
public final class IdentityErrors {
    public static final String EMAIL_TAKEN = "IDENTITY.EMAIL_TAKEN";
    public static final String WEAK_PASSWORD = "IDENTITY.WEAK_PASSWORD";
    public static final String WRONG_PASSWORD = "IDENTITY.WRONG_PASSWORD";
    public static final String USER_NOT_FOUND = "IDENTITY.USER_NOT_FOUND";
    public static final String UNKNOWN_ROLE = "IDENTITY.UNKNOWN_ROLE";
    public static final String CANNOT_REVOKE_OWN_ADMIN = "IDENTITY.CANNOT_REVOKE_OWN_ADMIN";
    public static final String CANNOT_DISABLE_SELF = "IDENTITY.CANNOT_DISABLE_SELF";
    public static final String CLIENT_EXISTS = "IDENTITY.CLIENT_EXISTS";
    public static final String SIGN_IN_LOCKED = "IDENTITY.SIGN_IN_LOCKED";
    public static final String SIGN_IN_IN_PROGRESS = "IDENTITY.SIGN_IN_IN_PROGRESS";

    /** How soon a sign-in refused only because of others still in progress may be tried again. */
    public static final Duration IN_PROGRESS_RETRY = Duration.ofSeconds(1);

    private IdentityErrors() {}

    /** Another account already uses this address (ignoring case). */
    public static DomainException emailTaken() {
        return DomainException.conflict(EMAIL_TAKEN, "An account with this email address already exists.");
    }

    /** A new password breaks the password policy; {@code reasons} name every rule it breaks. */
    public static DomainException weakPassword(List<String> reasons) {
        return new DomainException(
                WEAK_PASSWORD,
                ErrorKind.RULE_VIOLATED,
                "The password is too weak: it " + String.join(", ", reasons) + ".",
                Map.of("reasons", List.copyOf(reasons)));
    }

    /** The current password given to confirm a change is not the account's. */
    public static DomainException wrongPassword() {
        return DomainException.ruleViolated(WRONG_PASSWORD, "The current password is not correct.");
    }

    /** No account has this id. */
    public static DomainException userNotFound() {
        return DomainException.notFound(USER_NOT_FOUND, "There is no such user.");
    }

    public static DomainException unknownRole(String name) {
        return DomainException.notFound(UNKNOWN_ROLE, "There is no role '" + name + "'.");
    }

    public static DomainException cannotRevokeOwnAdmin() {
        return DomainException.ruleViolated(CANNOT_REVOKE_OWN_ADMIN, "An admin cannot revoke their own ADMIN role.");
    }

    public static DomainException cannotDisableSelf() {
        return DomainException.ruleViolated(CANNOT_DISABLE_SELF, "An admin cannot disable themselves.");
    }

    public static DomainException clientExists() {
        return DomainException.conflict(CLIENT_EXISTS, "A client with this id already exists.");
    }

    /**
     * Sign-in (or a password check) refused by the throttle because of confirmed failures, for {@code remaining},
     * rounded up to seconds.
     */
    public static SignInLocked signInLocked(Duration remaining) {
        var seconds = Math.max(1, (remaining.toMillis() + 999) / 1000);
        return new SignInLocked(
                SIGN_IN_LOCKED, "Too many failed sign-ins. Try again in " + seconds + " seconds.", seconds);
    }

    /**
     * Sign-in (or a password check) refused by the throttle only because of attempts still in progress, which are
     * counted as failures until they end: it may be tried again in a moment ({@link #IN_PROGRESS_RETRY}), when they
     * have succeeded (and cleared the count) or failed (and the refusal is a lockout).
     */
    public static SignInLocked signInInProgress() {
        return new SignInLocked(
                SIGN_IN_IN_PROGRESS,
                "Another sign-in is still in progress; try again in a second.",
                IN_PROGRESS_RETRY.toSeconds());
    }
}
