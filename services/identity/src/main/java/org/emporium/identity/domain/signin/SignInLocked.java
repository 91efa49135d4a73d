package org.emporium.identity.domain.signin;

import java.util.Map;
import org.emporium.identity.domain.IdentityErrors;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Too many failed sign-ins: refused for {@link #retryAfterSeconds()}. Made by {@link IdentityErrors#signInLocked}. */
public final class SignInLocked extends DomainException {
    private final long retryAfterSeconds;

    /** Only {@link IdentityErrors} names refusals; use {@link IdentityErrors#signInLocked}. */
    public SignInLocked(String code, String message, long retryAfterSeconds) {
        super(code, ErrorKind.TOO_MANY_REQUESTS, message, Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
