package org.emporium.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.emporium.web.WebProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * On sign-out, revokes the session's refresh token at identity (RFC 7009, {@code token_type_hint=refresh_token})
 * before the session ends, so a copy of it is worth nothing afterwards. A revocation that fails is logged and the
 * sign-out goes on: the user asked to leave, and the session (with the tokens in it) is gone either way.
 */
@Component
class RefreshTokenRevocation implements LogoutHandler {
    private static final Logger log = LoggerFactory.getLogger(RefreshTokenRevocation.class);

    private final OAuth2AuthorizedClientRepository authorizedClients;
    private final WebProperties web;
    private final RestClient http;

    RefreshTokenRevocation(
            OAuth2AuthorizedClientRepository authorizedClients, WebProperties web, RestClient.Builder builder) {
        this.authorizedClients = authorizedClients;
        this.web = web;
        this.http = builder.build();
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication instanceof OAuth2AuthenticationToken token)) {
            return;
        }
        var client = authorizedClients.loadAuthorizedClient(
                token.getAuthorizedClientRegistrationId(), authentication, request);
        if (client == null || client.getRefreshToken() == null) {
            return;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("token", client.getRefreshToken().getTokenValue());
        form.add("token_type_hint", "refresh_token");
        try {
            http.post()
                    .uri(web.revocationUri())
                    .headers(headers -> headers.setBasicAuth(
                            client.getClientRegistration().getClientId(),
                            client.getClientRegistration().getClientSecret()))
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException e) {
            log.warn("Could not revoke the refresh token at identity on sign-out: {}", e.getMessage());
        }
        authorizedClients.removeAuthorizedClient(
                token.getAuthorizedClientRegistrationId(), authentication, request, response);
    }
}
