package org.emporium.web;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the web app finds the platform, bound from {@code emporium.web.*}.
 *
 * @param gatewayUrl where the web app calls the services' APIs (the gateway, server to server)
 * @param publicUrl the gateway as the browser sees it: the issuer of the tokens and the host of identity's
 *     authorization endpoint and sign-in page
 * @param tokenUri identity's token endpoint, called server to server (not through the gateway, whose {@code token}
 *     budget counts per client address and would count every shopper's sign-in as the web app's)
 * @param revocationUri identity's revocation endpoint (RFC 7009), called on sign-out
 * @param jwkSetUri identity's keys, to check the ID token and read the roles from the access token
 * @param clientId the OAuth2 client the web app signs in as (confidential, {@code web})
 * @param clientSecret its secret ({@code EMPORIUM_CLIENTS_WEB_SECRET}; dev: {@code web-dev-secret})
 * @param showTestCards whether checkout shows the simulated payment's test card numbers (dev only)
 */
@ConfigurationProperties("emporium.web")
public record WebProperties(
        URI gatewayUrl,
        URI publicUrl,
        URI tokenUri,
        URI revocationUri,
        URI jwkSetUri,
        String clientId,
        @Nullable String clientSecret,
        boolean showTestCards) {}
