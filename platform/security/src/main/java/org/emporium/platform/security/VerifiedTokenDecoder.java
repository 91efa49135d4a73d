package org.emporium.platform.security;

import org.emporium.platform.jwt.VerifiedTokenCache;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A service's {@link JwtDecoder}: platform-jwt's {@link VerifiedTokenCache} in front of the full decoder
 * ({@link EmporiumJwtDecoders}), so each distinct token's RS256 signature is verified once (it was about a quarter
 * of the basket's CPU per request: bench/basket, docs/benchmarks.md) while the claim rules are applied on every
 * request. The gateway's edge keeps the same cache.
 */
public final class VerifiedTokenDecoder implements JwtDecoder {
    private final JwtDecoder verifier;
    private final VerifiedTokenCache verified;

    public VerifiedTokenDecoder(JwtDecoder verifier, VerifiedTokenCache verified) {
        this.verifier = verifier;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        var known = verified.known(token);
        if (known != null) {
            return known;
        }
        var jwt = verifier.decode(token);
        verified.remember(token, jwt);
        return jwt;
    }
}
