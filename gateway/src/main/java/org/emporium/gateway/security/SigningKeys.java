package org.emporium.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Identity's public signing keys, fetched from its JWKS endpoint and cached.
 *
 * <p>Keys are refetched when the cache is older than {@code ttl}, or at once when a token names a {@code kid} the
 * cache does not hold (identity rotated its key) — but never more often than {@code minRefreshInterval} for unknown
 * ids, and concurrent fetches are merged into one. If identity cannot be reached, the last keys fetched stay in use.
 */
public final class SigningKeys {
    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

    private record Snapshot(JWKSet keys, Instant fetchedAt) {}

    private final WebClient webClient;
    private final URI jwkSetUri;
    private final Duration ttl;
    private final Duration minRefreshInterval;
    private final Duration fetchTimeout;
    private final Clock clock;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();
    private final AtomicReference<Mono<JWKSet>> inFlight = new AtomicReference<>();
    private volatile Instant lastFetchStarted = Instant.MIN;

    public SigningKeys(WebClient webClient, URI jwkSetUri, Duration ttl, Duration minRefreshInterval, Clock clock) {
        this(webClient, jwkSetUri, ttl, minRefreshInterval, clock, Duration.ofSeconds(5));
    }

    /** @param fetchTimeout how long one JWKS fetch may take (tests on a loaded machine give it longer) */
    public SigningKeys(
            WebClient webClient,
            URI jwkSetUri,
            Duration ttl,
            Duration minRefreshInterval,
            Clock clock,
            Duration fetchTimeout) {
        this.fetchTimeout = fetchTimeout;
        this.webClient = webClient;
        this.jwkSetUri = jwkSetUri;
        this.ttl = ttl;
        this.minRefreshInterval = minRefreshInterval;
        this.clock = clock;
    }

    /** The key the token's {@code kid} names; none when the token has no {@code kid} or identity has no such key. */
    public Flux<JWK> keysFor(SignedJWT token) {
        var kid = token.getHeader().getKeyID();
        if (kid == null || kid.isBlank()) {
            return Flux.empty();
        }
        return current().flatMapMany(keys -> {
            var key = keys.getKeyByKeyId(kid);
            if (key != null) {
                return Flux.just(key);
            }
            if (clock.instant().isBefore(lastFetchStarted.plus(minRefreshInterval))) {
                return Flux.empty();
            }
            return fetch().flatMapMany(fresh -> Mono.justOrEmpty(fresh.getKeyByKeyId(kid)));
        });
    }

    private Mono<JWKSet> current() {
        var cached = snapshot.get();
        if (cached != null && clock.instant().isBefore(cached.fetchedAt().plus(ttl))) {
            return Mono.just(cached.keys());
        }
        return fetch().onErrorResume(e -> {
            if (cached == null) {
                return Mono.error(e);
            }
            log.warn("Could not refresh signing keys from {}; keeping the last ones: {}", jwkSetUri, e.toString());
            return Mono.just(cached.keys());
        });
    }

    private Mono<JWKSet> fetch() {
        while (true) {
            var running = inFlight.get();
            if (running != null) {
                return running;
            }
            var self = new AtomicReference<Mono<JWKSet>>();
            var fetch = Mono.defer(() -> {
                        lastFetchStarted = clock.instant();
                        return webClient.get().uri(jwkSetUri).retrieve().bodyToMono(String.class);
                    })
                    .timeout(fetchTimeout)
                    .map(SigningKeys::parse)
                    .doOnNext(keys -> snapshot.set(new Snapshot(keys, clock.instant())))
                    .onErrorMap(e -> !(e instanceof KeysUnavailable), e -> new KeysUnavailable(jwkSetUri, e))
                    // Cleared before the result reaches anyone: a caller that has it and asks again must start a new
                    // fetch, not be handed this finished one (doFinally would run only after the callers were told).
                    .doOnEach(signal -> {
                        if (signal.isOnNext() || signal.isOnError() || signal.isOnComplete()) {
                            inFlight.compareAndSet(self.get(), null);
                        }
                    })
                    .cache();
            self.set(fetch);
            if (inFlight.compareAndSet(null, fetch)) {
                return fetch;
            }
        }
    }

    private static JWKSet parse(String body) {
        try {
            return JWKSet.parse(body);
        } catch (ParseException e) {
            throw new IllegalStateException("Identity's JWKS is not a valid JWK set", e);
        }
    }

    /** Identity's keys could not be fetched and none were known yet. */
    public static final class KeysUnavailable extends RuntimeException {
        KeysUnavailable(URI jwkSetUri, Throwable cause) {
            super("Signing keys could not be fetched from " + jwkSetUri, cause);
        }
    }
}
