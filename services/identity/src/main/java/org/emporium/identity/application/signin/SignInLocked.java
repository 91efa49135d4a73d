package org.emporium.identity.application.signin;

import java.time.Duration;
import java.util.Map;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Too many failed sign-ins for the account or from the address: refused until the lockout ends. */
public class SignInLocked extends DomainException {
    private final long retryAfterSeconds;

    public SignInLocked(Duration remaining) {
        this(Math.max(1, (remaining.toMillis() + 999) / 1000));
    }

    private SignInLocked(long retryAfterSeconds) {
        super(
                "IDENTITY.SIGN_IN_LOCKED",
                ErrorKind.TOO_MANY_REQUESTS,
                "Too many failed sign-ins. Try again in " + retryAfterSeconds + " seconds.",
                Map.of("retryAfterSeconds", retryAfterSeconds));
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
