package org.emporium.identity.domain.signin;

import java.util.Map;
import org.emporium.identity.domain.IdentityErrors;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/**
 * A sign-in refused by the throttle for {@link #retryAfterSeconds()}: too many failed sign-ins ({@link
 * IdentityErrors#signInLocked}), or too many still in progress ({@link IdentityErrors#signInInProgress}); {@link
 * #code()} tells which.
 */
public final class SignInLocked extends DomainException {
    private final long retryAfterSeconds;

    /** Only {@link IdentityErrors} names refusals; use its {@code signInLocked} or {@code signInInProgress}. */
    public SignInLocked(String code, String message, long retryAfterSeconds) {
        super(code, ErrorKind.TOO_MANY_REQUESTS, message, Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
