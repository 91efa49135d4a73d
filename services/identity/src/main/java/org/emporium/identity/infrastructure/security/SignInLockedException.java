package org.emporium.identity.infrastructure.security;

import org.emporium.identity.domain.signin.SignInLocked;
import org.springframework.security.core.AuthenticationException;

/** Sign-in refused by the throttle, carrying how long until it may be tried again. */
class SignInLockedException extends AuthenticationException {
    private final long retryAfterSeconds;

    SignInLockedException(SignInLocked cause) {
        super(cause.getMessage(), cause);
        this.retryAfterSeconds = cause.retryAfterSeconds();
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
