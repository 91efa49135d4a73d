package org.emporium.identity.domain.signin;

import java.util.Optional;
import java.util.function.UnaryOperator;

/** Failed sign-ins by key, shared by every replica of the service. */
public interface LoginAttempts {
    Optional<FailedAttempts> byKey(String key);

    /** Replaces the state of {@code key} with {@code change} applied to it (null when none), atomically. */
    FailedAttempts update(String key, UnaryOperator<FailedAttempts> change);

    void clear(String key);
}
