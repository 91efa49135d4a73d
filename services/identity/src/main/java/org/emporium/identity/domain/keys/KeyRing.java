package org.emporium.identity.domain.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The rotation rule over all stored keys. The signing key is the newest one already active; the published ones are
 * those not yet retired, which includes a successor that is not active yet. A rotation schedules the successor
 * {@code publishAhead} from now (so verifiers see it before any token carries it) and retires every older key
 * {@code tokenLifetime} after the successor activates (so every token they signed has expired by then).
 */
public record KeyRing(List<SigningKey> keys) {
    public KeyRing {
        keys = keys.stream()
                .sorted(Comparator.comparing(SigningKey::activatesAt))
                .toList();
    }

    public Optional<SigningKey> signingKeyAt(Instant now) {
        return keys.stream()
                .filter(k -> !k.activatesAt().isAfter(now) && k.publishedAt(now))
                .reduce((older, newer) -> newer);
    }

    public List<SigningKey> publishedAt(Instant now) {
        return keys.stream().filter(k -> k.publishedAt(now)).toList();
    }

    /** The keys (already stored) whose retirement a successor activating at {@code activation} schedules. */
    public List<SigningKey> retiredBy(Instant activation, Duration tokenLifetime) {
        var retireAfter = activation.plus(tokenLifetime);
        return keys.stream()
                .filter(k -> k.retireAfter() == null)
                .map(k -> k.retiringAt(retireAfter))
                .toList();
    }
}
