package org.emporium.identity.infrastructure.security;

import java.util.Map;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/** A token request with {@code grant_type=password}: the user's credentials, requested scopes, client address. */
class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {
    static final AuthorizationGrantType PASSWORD = new AuthorizationGrantType("password");

    private final String username;
    private final transient String password;
    private final Set<String> scopes;
    private final String clientAddress;

    PasswordGrantAuthenticationToken(
            String username,
            String password,
            Set<String> scopes,
            String clientAddress,
            Authentication clientPrincipal,
            Map<String, Object> additionalParameters) {
        super(PASSWORD, clientPrincipal, additionalParameters);
        this.username = username;
        this.password = password;
        this.scopes = Set.copyOf(scopes);
        this.clientAddress = clientAddress;
    }

    String username() {
        return username;
    }

    String password() {
        return password;
    }

    Set<String> scopes() {
        return scopes;
    }

    String clientAddress() {
        return clientAddress;
    }
}
