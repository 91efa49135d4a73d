package org.emporium.platform.httpclient;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * This service's own OAuth2 client, for calls to other services with a client-credentials token.
 *
 * @param clientId this service's client id at identity ({@code EMPORIUM_CLIENT_ID}); no client without it
 * @param clientSecret its secret ({@code EMPORIUM_CLIENT_SECRET})
 * @param tokenUri identity's token endpoint, internal URL
 * @param scopes scopes to ask for
 * @param connectTimeout TCP connect timeout of service calls
 * @param readTimeout response timeout of service calls: a slow dependency fails fast instead of hanging
 */
@ConfigurationProperties("emporium.client")
public record ServiceClientProperties(
        String clientId,
        String clientSecret,
        URI tokenUri,
        List<String> scopes,
        Duration connectTimeout,
        Duration readTimeout) {
    public ServiceClientProperties {
        if (tokenUri == null) {
            tokenUri = URI.create("http://127.0.0.1:9001/oauth2/token");
        }
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        if (connectTimeout == null) {
            connectTimeout = Duration.ofSeconds(2);
        }
        if (readTimeout == null) {
            readTimeout = Duration.ofSeconds(5);
        }
    }
}
