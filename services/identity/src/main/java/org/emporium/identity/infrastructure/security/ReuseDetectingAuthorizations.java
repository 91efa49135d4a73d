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
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The authorization store with refresh-token reuse detection. When a save replaces an authorization's refresh token
 * (a rotation), the old token's SHA-256 is remembered until it would have expired. Presenting a remembered token
 * again means it leaked or was replayed: the whole authorization (the "family": current refresh and access token)
 * is removed, and the request fails as an unknown token would.
 *
 * <p>Two requests presenting the same refresh token at the same time (on one replica or several) must not both
 * rotate it. An authorization found by its refresh token therefore carries the token it was found by (an attribute
 * that is never stored); the save that follows locks the row and goes ahead only if that token is still the current
 * one. The request that finds it already rotated lost the race with a replay of its own token: that is reuse, so the
 * family is revoked and the request fails with {@code invalid_grant}, the same as a replay that comes later.
 */
class ReuseDetectingAuthorizations implements OAuth2AuthorizationService {
    /** The refresh token an authorization was looked up by; the save must find it still current. */
    static final String PRESENTED_REFRESH_TOKEN = ReuseDetectingAuthorizations.class.getName() + ".presented";

    private static final Logger log = LoggerFactory.getLogger(ReuseDetectingAuthorizations.class);
    private final OAuth2AuthorizationService delegate;
    private final JdbcClient jdbc;
    private final TransactionOperations transactions;

    ReuseDetectingAuthorizations(
            OAuth2AuthorizationService delegate, JdbcClient jdbc, TransactionOperations transactions) {
        this.delegate = delegate;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        var presented = (String) authorization.getAttribute(PRESENTED_REFRESH_TOKEN);
        var toStore = presented == null
                ? authorization
                : OAuth2Authorization.from(authorization)
                        .attributes(attributes -> attributes.remove(PRESENTED_REFRESH_TOKEN))
                        .build();
        var stored = Boolean.TRUE.equals(transactions.execute(status -> {
            if (presented != null && !stillCurrent(authorization.getId(), presented)) {
                return false;
            }
            rememberRotated(toStore);
            delegate.save(toStore);
            return true;
        }));
        if (!stored) {
            revokeFamily(authorization.getId());
            var current = authorization.getRefreshToken();
            if (current == null || !current.getToken().getTokenValue().equals(presented)) {
                // A rotation that lost the race: the token it was asked to rotate has been used already.
                throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT));
            }
            // Any other change (a revocation) is moot: the family is gone.
        }
    }

    /** Locks the authorization's row until the transaction ends, if its refresh token is still {@code token}. */
    private boolean stillCurrent(String authorizationId, String token) {
        // PostgreSQL re-checks the condition on the newest row version after waiting for a concurrent writer.
        return !jdbc.sql("SELECT 1 FROM oauth2_authorization WHERE id = ? AND refresh_token_value = ? FOR UPDATE")
                .params(authorizationId, token)
                .query(Integer.class)
                .list()
                .isEmpty();
    }

    private void rememberRotated(OAuth2Authorization authorization) {
        var previous = delegate.findById(authorization.getId());
        if (previous == null || previous.getRefreshToken() == null) {
            return;
        }
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

    @Override
    public void remove(OAuth2Authorization authorization) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM rotated_refresh_tokens WHERE authorization_id = ?")
                    .param(authorization.getId())
                    .update();
            delegate.remove(authorization);
        });
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
        if (found != null
                && found.getRefreshToken() != null
                && found.getRefreshToken().getToken().getTokenValue().equals(token)) {
            return OAuth2Authorization.from(found)
                    .attribute(PRESENTED_REFRESH_TOKEN, token)
                    .build();
        }
        return found;
    }

    private void revokeFamily(String authorizationId) {
        log.warn("A rotated refresh token was presented again: revoking authorization {}", authorizationId);
        transactions.executeWithoutResult(status -> {
            jdbc.sql("DELETE FROM rotated_refresh_tokens WHERE authorization_id = ?")
                    .param(authorizationId)
                    .update();
            jdbc.sql("DELETE FROM oauth2_authorization WHERE id = ?")
                    .param(authorizationId)
                    .update();
        });
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
