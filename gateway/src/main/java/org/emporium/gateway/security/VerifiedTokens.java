package org.emporium.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A {@link ReactiveJwtDecoder} that verifies each distinct token's signature once. A token the wrapped decoder
 * accepted is remembered, keyed by the SHA-256 of its text (the raw token is not kept as a key), until its
 * {@code exp} or for at most {@code maxAge}, whichever comes first; the claim rules ({@code exp}/{@code nbf} within
 * the skew, issuer, audience, type) are still applied to it on every request, so a remembered token stops being
 * accepted the moment it expires. A refused token is never remembered: every try with it is verified again.
 *
 * <p>What it changes: a signing key withdrawn from identity's JWKS stops a token that was already seen only after
 * {@code maxAge} (configured as the JWKS cache's TTL: the gateway already trusts a fetched key set that long).
 */
final class VerifiedTokens implements ReactiveJwtDecoder {
    private final ReactiveJwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> rules;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(
            ReactiveJwtDecoder verifier,
            OAuth2TokenValidator<Jwt> rules,
            Duration maxAge,
            long maxTokens,
            Clock clock) {
        this.verifier = verifier;
        this.rules = rules;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .ticker(ticker(clock))
                .expireAfter(Expiry.<String, Jwt>creating((key, jwt) -> lifetime(jwt, maxAge, clock)))
                .build();
    }

    @Override
    public Mono<Jwt> decode(String token) {
        var key = keyOf(token);
        Jwt known;
        try {
            known = known(key, token);
        } catch (JwtValidationException noLongerValid) {
            return Mono.error(noLongerValid);
        }
        return known != null ? Mono.just(known) : verifier.decode(token).doOnNext(jwt -> verified.put(key, jwt));
    }

    /**
     * The token, if its signature was verified before and its claims still pass the rules; {@code null} if it was
     * not seen yet (then {@link #decode} verifies it). Answers without a {@link Mono}: the edge's hot path.
     *
     * @throws JwtValidationException if it was verified before but no longer passes the claim rules (expired)
     */
    @Nullable
    Jwt known(String token) {
        return known(keyOf(token), token);
    }

    private @Nullable Jwt known(String key, String token) {
        var known = verified.getIfPresent(key);
        if (known == null) {
            return null;
        }
        var result = rules.validate(known);
        if (result.hasErrors()) {
            throw new JwtValidationException("The access token is no longer valid", result.getErrors());
        }
        return known;
    }

    /** How many tokens are remembered (for tests and metrics). */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private static Duration lifetime(Jwt jwt, Duration maxAge, Clock clock) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return Duration.ZERO;
        }
        var untilExpiry = Duration.between(clock.instant(), expiresAt);
        if (untilExpiry.isNegative()) {
            return Duration.ZERO;
        }
        return untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
    }

    private static Ticker ticker(Clock clock) {
        return () -> clock.millis() * 1_000_000L;
    }

    private static String keyOf(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
