package org.emporium.gateway.security;

import java.time.Clock;
import java.time.Duration;
import org.emporium.platform.jwt.VerifiedTokenCache;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A {@link ReactiveJwtDecoder} that verifies each distinct token's signature once: platform-jwt's
 * {@link VerifiedTokenCache} (the same every service's decoder keeps) in front of the edge's full decoder. A
 * remembered token's claim rules are applied on every request; a refused token is never remembered.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {
    private final ReactiveJwtDecoder verifier;
    private final VerifiedTokenCache verified;

    VerifiedTokens(
            ReactiveJwtDecoder verifier,
            OAuth2TokenValidator<Jwt> rules,
            Duration maxAge,
            long maxTokens,
            Clock clock) {
        this.verifier = verifier;
        this.verified = new VerifiedTokenCache(rules, maxAge, maxTokens, clock);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known;
        try {
            known = verified.known(token);
        } catch (JwtValidationException noLongerValid) {
            return Mono.error(noLongerValid);
        }
        return known != null ? Mono.just(known) : verifier.decode(token).doOnNext(jwt -> verified.remember(token, jwt));
    }

    /**
     * The token, if its signature was verified before and its claims still pass the rules; {@code null} if it was
     * not seen yet (then {@link #decode} verifies it). Answers without a {@link Mono}: the edge's hot path.
     *
     * @throws JwtValidationException if it was verified before but no longer passes the claim rules (expired)
     */
    @Nullable
    Jwt known(String token) {
        return verified.known(token);
    }

    /** How many tokens are remembered (for tests and metrics). */
    long size() {
        return verified.size();
    }
}
