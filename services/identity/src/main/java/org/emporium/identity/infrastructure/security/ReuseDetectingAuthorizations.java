package org.emporium.identity.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;

/**
 * The authorization store with refresh-token reuse detection. When a save replaces an authorization's refresh token
 * (a rotation), the old token's SHA-256 is remembered until it would have expired. Presenting a remembered token
 * again means it leaked or was replayed: the whole authorization (the "family": current refresh and access token)
 * is removed, and the request fails as an unknown token would.
 */
class ReuseDetectingAuthorizations implements OAuth2AuthorizationService {
    private static final Logger log = LoggerFactory.getLogger(ReuseDetectingAuthorizations.class);
    private final OAuth2AuthorizationService delegate;
    private final JdbcClient jdbc;

    ReuseDetectingAuthorizations(OAuth2AuthorizationService delegate, JdbcClient jdbc) {
        this.delegate = delegate;
        this.jdbc = jdbc;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        var previous = delegate.findById(authorization.getId());
        if (previous != null && previous.getRefreshToken() != null) {
            var old = previous.getRefreshToken().getToken();
            var current = authorization.getRefreshToken();
            if (current == null || !current.getToken().getTokenValue().equals(old.getTokenValue())) {
                var expires = old.getExpiresAt() != null ? old.getExpiresAt() : Instant.now();
                jdbc.sql("INSERT INTO rotated_refresh_tokens (token_hash, authorization_id, expires_at)"
                                + " VALUES (?, ?, ?) ON CONFLICT (token_hash) DO NOTHING")
                        .params(hash(old.getTokenValue()), authorization.getId(), Timestamp.from(expires))
                        .update();
            }
        }
        delegate.save(authorization);
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        jdbc.sql("DELETE FROM rotated_refresh_tokens WHERE authorization_id = ?")
                .param(authorization.getId())
                .update();
        delegate.remove(authorization);
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return delegate.findById(id);
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        var found = delegate.findByToken(token, tokenType);
        if (found == null && token != null && (tokenType == null || OAuth2TokenType.REFRESH_TOKEN.equals(tokenType))) {
            jdbc.sql("SELECT authorization_id FROM rotated_refresh_tokens WHERE token_hash = ?")
                    .param(hash(token))
                    .query(String.class)
                    .optional()
                    .ifPresent(this::revokeFamily);
        }
        return found;
    }

    private void revokeFamily(String authorizationId) {
        log.warn("A rotated refresh token was presented again: revoking authorization {}", authorizationId);
        var family = delegate.findById(authorizationId);
        if (family != null) {
            remove(family);
        } else {
            jdbc.sql("DELETE FROM rotated_refresh_tokens WHERE authorization_id = ?")
                    .param(authorizationId)
                    .update();
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
