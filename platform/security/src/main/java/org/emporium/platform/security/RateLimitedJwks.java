package org.emporium.platform.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Identity's public signing keys for a resource server, the same rules as the gateway's {@code SigningKeys}: fetched
 * and cached for {@code ttl}; a token whose {@code kid} the cache does not hold (identity rotated its key) makes a
 * refetch at once — but **never more often than {@code minRefreshInterval}**, and concurrent callers share one fetch,
 * so a burst of tokens with made-up key ids cannot turn each request into a call to identity. If identity cannot be
 * reached, the last keys fetched stay in use.
 */
final class RateLimitedJwks implements JWKSource<SecurityContext> {
    private static final Logger log = LoggerFactory.getLogger(RateLimitedJwks.class);

    private final Supplier<String> fetchJson;
    private final Duration ttl;
    private final Duration minRefreshInterval;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile @Nullable JWKSet keys;
    private volatile Instant fetchedAt = Instant.MIN;
    private volatile Instant lastFetchStarted = Instant.MIN;

    /**
     * @param fetchJson reads the JWKS document (throws on failure)
     */
    RateLimitedJwks(Supplier<String> fetchJson, Duration ttl, Duration minRefreshInterval, Clock clock) {
        this.fetchJson = fetchJson;
        this.ttl = ttl;
        this.minRefreshInterval = minRefreshInterval;
        this.clock = clock;
    }

    @Override
    public List<JWK> get(JWKSelector selector, @Nullable SecurityContext context) throws KeySourceException {
        var current = keys;
        if (current == null || clock.instant().isAfter(fetchedAt.plus(ttl))) {
            current = refresh(current, false);
        }
        var matches = current == null ? List.<JWK>of() : selector.select(current);
        if (!matches.isEmpty()) {
            return matches;
        }
        // An unknown key id: refetch, unless a fetch started within the minimum interval.
        var fresh = refresh(current, true);
        return fresh == null ? List.of() : selector.select(fresh);
    }

    private @Nullable JWKSet refresh(@Nullable JWKSet seen, boolean unknownKey) throws KeySourceException {
        fetching.lock();
        try {
            var current = keys;
            if (current != seen) {
                return current; // another caller fetched while this one waited
            }
            var now = clock.instant();
            if (current != null && unknownKey && now.isBefore(lastFetchStarted.plus(minRefreshInterval))) {
                return current;
            }
            lastFetchStarted = now;
            try {
                var fetched = JWKSet.parse(fetchJson.get());
                keys = fetched;
                fetchedAt = now;
                return fetched;
            } catch (ParseException | RuntimeException e) {
                if (current != null) {
                    log.warn("Could not refresh the signing keys; the last ones fetched stay in use: {}", e.toString());
                    fetchedAt = now; // try again after another ttl, not on every request
                    return current;
                }
                throw new KeySourceException("Signing keys could not be fetched", e);
            }
        } finally {
            fetching.unlock();
        }
    }
}
