package org.emporium.identity.infrastructure.security;

import java.security.Principal;
import java.util.LinkedHashSet;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The first-party password grant as a custom grant of the authorization server: the client must be registered for
 * {@code password}; the user signs in through the same throttled sign-in as the login form; the tokens come from the
 * server's own token generator and the authorization is stored like any other, so refresh, revocation and
 * introspection treat it alike. No ID token: the grant asks for no {@code openid} scope.
 */
class PasswordGrantAuthenticationProvider implements AuthenticationProvider {
    private final AuthenticationProvider signIn;
    private final OAuth2AuthorizationService authorizations;
    private final OAuth2TokenGenerator<?> tokens;
    private final boolean enabled;

    PasswordGrantAuthenticationProvider(
            AuthenticationProvider signIn,
            OAuth2AuthorizationService authorizations,
            OAuth2TokenGenerator<?> tokens,
            boolean enabled) {
        this.signIn = signIn;
        this.authorizations = authorizations;
        this.tokens = tokens;
        this.enabled = enabled;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var grant = (PasswordGrantAuthenticationToken) authentication;
        if (!enabled) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE);
        }
        if (!(grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client) || !client.isAuthenticated()) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
        }
        var registeredClient = client.getRegisteredClient();
        if (registeredClient == null
                || !registeredClient.getAuthorizationGrantTypes().contains(PasswordGrantAuthenticationToken.PASSWORD)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
        }
        var scopes = new LinkedHashSet<>(grant.scopes());
        if (!registeredClient.getScopes().containsAll(scopes) || scopes.contains(OidcScopes.OPENID)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_SCOPE);
        }
        if (scopes.isEmpty()) {
            registeredClient.getScopes().stream()
                    .filter(s -> !OidcScopes.OPENID.equals(s))
                    .forEach(scopes::add);
        }

        var user = authenticateUser(grant);
        var authorization = OAuth2Authorization.withRegisteredClient(registeredClient)
                .principalName(user.getName())
                .authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
                .authorizedScopes(scopes)
                .attribute(Principal.class.getName(), user);

        var context = DefaultOAuth2TokenContext.builder()
                .registeredClient(registeredClient)
                .principal(user)
                .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                .authorizedScopes(scopes)
                .authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD)
                .authorizationGrant(grant);

        var accessContext = context.tokenType(OAuth2TokenType.ACCESS_TOKEN).build();
        var generated = tokens.generate(accessContext);
        if (generated == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(
                    OAuth2ErrorCodes.SERVER_ERROR, "The token generator failed to generate the access token.", null));
        }
        var accessToken = new OAuth2AccessToken(
                OAuth2AccessToken.TokenType.BEARER,
                generated.getTokenValue(),
                generated.getIssuedAt(),
                generated.getExpiresAt(),
                scopes);
        authorization.token(accessToken, metadata -> {
            if (generated instanceof ClaimAccessor claims) {
                metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims());
            }
            metadata.put(OAuth2Authorization.Token.INVALIDATED_METADATA_NAME, false);
            metadata.put(
                    OAuth2TokenFormat.class.getName(),
                    registeredClient.getTokenSettings().getAccessTokenFormat().getValue());
        });

        OAuth2RefreshToken refreshToken = null;
        if (registeredClient.getAuthorizationGrantTypes().contains(AuthorizationGrantType.REFRESH_TOKEN)) {
            var refreshContext = context.tokenType(OAuth2TokenType.REFRESH_TOKEN)
                    .authorization(authorization.build())
                    .build();
            if (tokens.generate(refreshContext) instanceof OAuth2RefreshToken generatedRefresh) {
                refreshToken = generatedRefresh;
                authorization.refreshToken(refreshToken);
            }
        }
        authorizations.save(authorization.build());
        return new OAuth2AccessTokenAuthenticationToken(registeredClient, client, accessToken, refreshToken);
    }

    private Authentication authenticateUser(PasswordGrantAuthenticationToken grant) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(grant.username(), grant.password());
        request.setDetails(new WebAuthenticationDetails(grant.clientAddress(), null));
        try {
            var signedIn = signIn.authenticate(request);
            // Stored with the authorization: the principal only, no credentials and no request details.
            var principal = (UserDetails) signedIn.getPrincipal();
            return UsernamePasswordAuthenticationToken.authenticated(principal, null, signedIn.getAuthorities());
        } catch (SignInLockedException locked) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, locked.getMessage(), null), locked);
        } catch (DisabledException | LockedException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The account is disabled.", null), e);
        } catch (BadCredentialsException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "Wrong email or password.", null), e);
        } catch (AuthenticationException e) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT), e);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
