package org.emporium.identity.application.keys;

import java.time.Instant;
import java.util.List;

/** The outcome of a rotation, as the API shows it: the new key, when it starts signing, and the keys leaving the JWKS and when. */
public record KeyRotationView(String kid, Instant activatesAt, List<RetiringKey> retiring) {
    public record RetiringKey(String kid, Instant retireAfter) {}
}
