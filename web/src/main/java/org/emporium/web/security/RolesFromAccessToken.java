package org.emporium.web.security;

import java.util.ArrayList;
import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The signed-in user from the ID token, with the authorities {@code ROLE_<role>} of the access token's {@code roles}
 * claim (identity puts roles only in the access token). The access token is checked as every service checks it; a
 * token that fails fails the sign-in. The services decide again on every call: these authorities only choose which
 * pages the web app offers.
 */
class RolesFromAccessToken extends OidcUserService {
    private final JwtDecoder accessTokens;

    RolesFromAccessToken(JwtDecoder accessTokens) {
        this.accessTokens = accessTokens;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var user = super.loadUser(request);
        Collection<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        try {
            var jwt = accessTokens.decode(request.getAccessToken().getTokenValue());
            var roles = jwt.getClaimAsStringList("roles");
            if (roles != null) {
                roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
            }
        } catch (JwtException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error("invalid_token", "The access token from identity is not valid", null), e);
        }
        return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
    }
}
