package org.emporium.identity.api;

import java.time.Instant;
import java.util.List;

/** A rotation: the new key (published now, signing from {@code activatesAt}) and the keys on their way out. */
public record KeyRotationResponse(String kid, Instant activatesAt, List<RetiringKey> retiring) {
    /** A key that stays published until {@code retireAfter}. */
    public record RetiringKey(String kid, Instant retireAfter) {}
}
