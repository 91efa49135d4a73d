package org.emporium.identity.application.users;

import org.emporium.identity.domain.user.UserId;

/** The user's outstanding grants (refresh tokens and the authorizations they belong to). */
public interface RefreshTokens {
    /** Revokes every refresh token of the user: they must sign in again. */
    void revokeAllOf(UserId user);
}
