package org.emporium.identity.infrastructure.security;

import java.util.function.Function;
import org.emporium.identity.domain.user.UserId;
import org.emporium.identity.domain.user.Users;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;

/** {@code /userinfo}: the signed-in user's {@code sub}, {@code email}, {@code name}, read from the account. */
class UserInfoClaims implements Function<OidcUserInfoAuthenticationContext, OidcUserInfo> {
    private final Users users;

    UserInfoClaims(Users users) {
        this.users = users;
    }

    @Override
    public OidcUserInfo apply(OidcUserInfoAuthenticationContext context) {
        var principal = context.getAuthorization().getPrincipalName();
        try {
            return users.byId(UserId.of(principal))
                    .filter(u -> u.enabled())
                    .map(user -> OidcUserInfo.builder()
                            .subject(user.id().toString())
                            .email(user.email().value())
                            .emailVerified(false)
                            .name(user.displayName())
                            .build())
                    .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
        } catch (IllegalArgumentException e) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN);
        }
    }
}
