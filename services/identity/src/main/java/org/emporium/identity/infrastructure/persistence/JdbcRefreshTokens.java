package org.emporium.identity.infrastructure.persistence;

import org.emporium.identity.application.users.RefreshTokens;
import org.emporium.identity.domain.user.UserId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Revokes a user's refresh tokens by removing their authorizations from the authorization server's store (the
 * authorizations' principal name is the user id). Access tokens already issued stay valid until they expire.
 */
@Repository
class JdbcRefreshTokens implements RefreshTokens {
    private final JdbcClient jdbc;

    JdbcRefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void revokeAllOf(UserId user) {
        jdbc.sql("DELETE FROM rotated_refresh_tokens WHERE authorization_id IN"
                        + " (SELECT id FROM oauth2_authorization WHERE principal_name = ?)")
                .param(user.toString())
                .update();
        jdbc.sql("DELETE FROM oauth2_authorization WHERE principal_name = ?")
                .param(user.toString())
                .update();
    }
}
