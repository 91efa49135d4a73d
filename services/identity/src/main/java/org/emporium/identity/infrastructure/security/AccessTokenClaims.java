package org.emporium.identity.infrastructure.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.emporium.identity.domain.user.Role;
import org.emporium.identity.domain.user.User;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.emporium.platform.security.CurrentUser;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims of Emporium's tokens (RFC 9068 access tokens): header {@code typ: at+jwt}; {@code aud} the API
 * audience; {@code jti}; {@code client_id}; {@code scope} as a space-separated string; and for a user {@code sub} =
 * user id, {@code user_id} = the same id (the claim that makes it a user token: only this customizer sets it, and
 * only for a user), {@code roles}, {@code email}, {@code name}, read fresh from the account at every issue and
 * refresh, so a disabled account gets no new token. Service tokens ({@code client_credentials}) have {@code sub} =
 * {@code client_id}, no {@code user_id} and {@code roles} empty; whatever claims a client asks for, it cannot set
 * these. Claim values are mutable JDK collections: the claims are stored with the authorization and
 * read back through Jackson's allow-list, which refuses the immutable {@code List.of} types.
 */
class AccessTokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {
    private final Users users;
    private final String audience;

    AccessTokenClaims(Users users, String audience) {
        this.users = users;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        var isAccessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        var isIdToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (!isAccessToken && !isIdToken) {
            return;
        }
        var claims = context.getClaims();
        var serviceToken = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType());
        User user = serviceToken ? null : activeUser(context.getPrincipal().getName());
        if (isAccessToken) {
            context.getJwsHeader().type("at+jwt");
            claims.audience(new ArrayList<>(List.of(audience)));
            claims.id(UUID.randomUUID().toString());
            claims.claim("client_id", context.getRegisteredClient().getClientId());
            claims.claims(c -> {
                if (c.get("scope") instanceof Collection<?> scopes) {
                    c.put(
                            "scope",
                            String.join(
                                    " ",
                                    scopes.stream()
                                            .map(String::valueOf)
                                            .sorted()
                                            .toList()));
                }
            });
            claims.claim(
                    "roles",
                    new ArrayList<>(
                            user == null
                                    ? List.of()
                                    : user.roles().stream()
                                            .map(Role::name)
                                            .sorted()
                                            .toList()));
        }
        if (user != null) {
            if (isAccessToken) {
                claims.claim(CurrentUser.USER_ID_CLAIM, user.id().toString());
            }
            claims.claim("email", user.email().value());
            claims.claim("name", user.displayName());
        }
    }

    private User activeUser(String principalName) {
        UserId id;
        try {
            id = UserId.of(principalName);
        } catch (IllegalArgumentException e) {
            throw disabled();
        }
        return users.byId(id).filter(User::enabled).orElseThrow(AccessTokenClaims::disabled);
    }

    private static OAuth2AuthenticationException disabled() {
        return new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account is disabled or no longer exists.", null));
    }
}
