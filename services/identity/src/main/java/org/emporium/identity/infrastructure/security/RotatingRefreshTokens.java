package org.emporium.identity.infrastructure.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Opaque refresh tokens (96 random bytes) for every client registered for the {@code refresh_token} grant,
 * public ones included: the server's default refuses public clients, but ours rotate on each use
 * ({@code reuseRefreshTokens=false}) and a replayed one revokes its family ({@link ReuseDetectingAuthorizations}).
 */
class RotatingRefreshTokens implements OAuth2TokenGenerator<OAuth2RefreshToken> {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock;

    RotatingRefreshTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public OAuth2RefreshToken generate(OAuth2TokenContext context) {
        if (!OAuth2TokenType.REFRESH_TOKEN.equals(context.getTokenType())
                || !context.getRegisteredClient()
                        .getAuthorizationGrantTypes()
                        .contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            return null;
        }
        var bytes = new byte[96];
        RANDOM.nextBytes(bytes);
        var issuedAt = clock.instant();
        var expiresAt =
                issuedAt.plus(context.getRegisteredClient().getTokenSettings().getRefreshTokenTimeToLive());
        return new OAuth2RefreshToken(
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), issuedAt, expiresAt);
    }
}
