package org.emporium.identity.infrastructure.security;

import org.emporium.identity.domain.signin.SignInLocked;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused by the throttle, carrying the refusal's problem code and how long until it may be tried again. */
class SignInLockedException extends AuthenticationException {
    private final String code;
    private final long retryAfterSeconds;

    SignInLockedException(SignInLocked cause) {
        super(cause.getMessage(), cause);
        this.code = cause.code();
        this.retryAfterSeconds = cause.retryAfterSeconds();
    }

    /** {@code IDENTITY.SIGN_IN_LOCKED} or {@code IDENTITY.SIGN_IN_IN_PROGRESS}. */
    String code() {
        return code;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
