package org.emporium.identity.infrastructure.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Lets a public client (no secret, {@code client_id} only) use the password grant, refresh its tokens and revoke
 * them. The authorization server authenticates public clients only for a PKCE code exchange; these requests carry
 * no code verifier, so they get their own converter and provider. Refresh tokens of public clients rotate on every
 * use and a reused one revokes its family, which is what OAuth 2.1 asks of refresh tokens for public clients.
 */
final class PublicClientRequests {
    static final String MARKER = PublicClientRequests.class.getName();
    private static final Set<String> GRANTS = Set.of("password", "refresh_token");

    private PublicClientRequests() {}

    static class Converter implements AuthenticationConverter {
        private final String revocationEndpoint;

        Converter(String revocationEndpoint) {
            this.revocationEndpoint = revocationEndpoint;
        }

        @Override
        public Authentication convert(HttpServletRequest request) {
            if (!"POST".equals(request.getMethod())
                    || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                    || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
                return null;
            }
            var grant = request.getParameter(OAuth2ParameterNames.GRANT_TYPE);
            var revocation = request.getRequestURI().endsWith(revocationEndpoint);
            if (!(revocation || (grant != null && GRANTS.contains(grant)))) {
                return null;
            }
            var clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
            if (clientIds == null) {
                return null;
            }
            if (clientIds.length != 1 || clientIds[0].isBlank()) {
                throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_REQUEST);
            }
            var additional = new HashMap<String, Object>();
            additional.put(MARKER, true);
            return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null, additional);
        }
    }

    static class Provider implements AuthenticationProvider {
        private final RegisteredClientRepository clients;

        Provider(RegisteredClientRepository clients) {
            this.clients = clients;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var request = (OAuth2ClientAuthenticationToken) authentication;
            if (!ClientAuthenticationMethod.NONE.equals(request.getClientAuthenticationMethod())
                    || !Boolean.TRUE.equals(request.getAdditionalParameters().get(MARKER))) {
                return null;
            }
            var client = clients.findByClientId(String.valueOf(request.getPrincipal()));
            if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
                throw new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.INVALID_CLIENT, "Client authentication failed: " + "client_id", null));
            }
            return new OAuth2ClientAuthenticationToken(client, ClientAuthenticationMethod.NONE, null);
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return OAuth2ClientAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
