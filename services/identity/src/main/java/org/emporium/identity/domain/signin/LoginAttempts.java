package org.emporium.identity.domain.signin;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Failed sign-ins by key, shared by every replica of the service. */
public interface LoginAttempts {
    /**
     * Reads the states of {@code keys} (absent: nothing counted), holding them locked against every other update of
     * the same keys until {@code change} has run, and stores what it returns (a key missing or null in the result is
     * cleared). Committed on its own, whatever the caller's transaction does: a refused password stays counted.
     */
    void update(Set<String> keys, UnaryOperator<Map<String, FailedAttempts>> change);
}
