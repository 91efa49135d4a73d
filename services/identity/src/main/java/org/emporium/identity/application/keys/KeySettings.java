package org.emporium.identity.application.keys;

import java.time.Duration;

/**
 * @param publishAhead how long a new key is published before it signs (verifiers' JWKS caches pick it up)
 * @param tokenLifetime how long an old key stays published after its successor activates: the access-token
 *     lifetime plus clock skew
 */
public record KeySettings(Duration publishAhead, Duration tokenLifetime) {}
