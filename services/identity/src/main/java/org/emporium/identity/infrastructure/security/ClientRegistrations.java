package org.emporium.identity.infrastructure.security;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.emporium.identity.application.clients.ServiceClients;
import org.emporium.identity.infrastructure.config.IdentityProperties;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The two kinds of client Emporium has, as authorization-server registrations: the public browser client
 * ({@code emporium-web}) and confidential service clients (client credentials, secret stored as a hash).
 */
@Component
class ClientRegistrations implements ServiceClients {
    private final RegisteredClientRepository clients;
    private final PasswordEncoder encoder;
    private final IdentityProperties properties;

    ClientRegistrations(RegisteredClientRepository clients, PasswordEncoder encoder, IdentityProperties properties) {
        this.clients = clients;
        this.encoder = encoder;
        this.properties = properties;
    }

    @Override
    public boolean exists(String clientId) {
        return clients.findByClientId(clientId) != null;
    }

    @Override
    public void registerConfidential(String clientId, String name, String secret, Set<String> scopes) {
        clients.save(serviceClient(idFor(clientId), clientId, name, secret, scopes));
    }

    /**
     * Creates or updates a seeded confidential client, keeping its registration id. With redirect URIs it also signs
     * users in (authorization code + PKCE, refresh tokens, OpenID scopes): a backend-for-frontend such as the web app.
     */
    void upsertService(String clientId, String secret, Set<String> scopes, List<String> redirectUris) {
        var client = serviceClient(idFor(clientId), clientId, clientId, secret, scopes);
        if (!redirectUris.isEmpty()) {
            client = RegisteredClient.from(client)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(redirectUris))
                    .scope("openid")
                    .scope("profile")
                    .scope("email")
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build())
                    .build();
        }
        clients.save(client);
    }

    /** Creates or updates the public browser client. */
    void upsertWeb() {
        var web = properties.web();
        var builder = RegisteredClient.withId(idFor(web.clientId()))
                .clientId(web.clientId())
                .clientName("Emporium web")
                .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(web.redirectUris()))
                .scope("openid")
                .scope("profile")
                .scope("email")
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings());
        if (properties.passwordGrant().enabled()) {
            builder.authorizationGrantType(PasswordGrantAuthenticationToken.PASSWORD);
        }
        clients.save(builder.build());
    }

    private RegisteredClient serviceClient(String id, String clientId, String name, String secret, Set<String> scopes) {
        return RegisteredClient.withId(id)
                .clientId(clientId)
                .clientName(name)
                .clientSecret(encoder.encode(secret))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(s -> s.addAll(scopes))
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings())
                .build();
    }

    private TokenSettings tokenSettings() {
        return TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(properties.refreshTokenLifetime())
                .reuseRefreshTokens(false)
                .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                .build();
    }

    /** The stored registration id of a client, or a new one. */
    private String idFor(String clientId) {
        var existing = clients.findByClientId(clientId);
        return existing != null ? existing.getId() : UUID.randomUUID().toString();
    }
}
