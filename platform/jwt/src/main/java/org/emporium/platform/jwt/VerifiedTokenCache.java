package org.emporium.platform.jwt;

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

/**
 * Access tokens whose signature a decoder verified, so that each distinct token's signature is verified once: the
 * gateway's reactive decoder and every service's servlet decoder keep one (an RS256 check is most of a token's cost;
 * a client sends the same token for minutes). A token is remembered, keyed by the SHA-256 of its text (the raw token
 * is not kept as a key), until its {@code exp} or for at most {@code maxAge}, whichever comes first; the claim rules
 * ({@code exp}/{@code nbf} within the skew, issuer, audience, type) are still applied to it on every request, so a
 * remembered token stops being accepted the moment it expires. Only tokens the full decoder accepted are remembered:
 * a refused token is verified again on every try.
 *
 * <p>What it changes: a signing key withdrawn from identity's JWKS stops a token that was already seen only after
 * {@code maxAge} (configured as the JWKS cache's TTL: a fetched key set is already trusted that long).
 */
public final class VerifiedTokenCache {
    private final OAuth2TokenValidator<Jwt> rules;
    private final Cache<String, Jwt> verified;

    public VerifiedTokenCache(OAuth2TokenValidator<Jwt> rules, Duration maxAge, long maxTokens, Clock clock) {
        this.rules = rules;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxTokens)
                .ticker(ticker(clock))
                .expireAfter(Expiry.<String, Jwt>creating((key, jwt) -> lifetime(jwt, maxAge, clock)))
                .build();
    }

    /**
     * The token, if its signature was verified before and its claims still pass the rules; {@code null} if it was
     * not seen yet (then the caller verifies it and {@linkplain #remember remembers} it).
     *
     * @throws JwtValidationException if it was verified before but no longer passes the claim rules (expired)
     */
    public @Nullable Jwt known(String token) {
        var known = verified.getIfPresent(keyOf(token));
        if (known == null) {
            return null;
        }
        var result = rules.validate(known);
        if (result.hasErrors()) {
            throw new JwtValidationException("The access token is no longer valid", result.getErrors());
        }
        return known;
    }

    /** Remembers {@code jwt}, which the full decoder (signature and rules) accepted from {@code token}. */
    public void remember(String token, Jwt jwt) {
        verified.put(keyOf(token), jwt);
    }

    /** How many tokens are remembered (for tests and metrics). */
    public long size() {
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
