package org.emporium.platform.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a service validates access tokens.
 *
 * @param issuerUri the issuer every token must name ({@code EMPORIUM_ISSUER_URI}: the public URL, the gateway's)
 * @param jwkSetUri where identity publishes its signing keys ({@code EMPORIUM_JWK_SET_URI}, an internal URL)
 * @param audience the audience every token must contain
 * @param clockSkew tolerance for {@code exp}/{@code nbf}
 * @param jwksCacheTtl how long fetched keys are used before they are fetched again
 * @param jwksMinRefreshInterval the least time between two fetches for a token with an unknown {@code kid}
 */
@ConfigurationProperties("emporium.security")
public record SecurityProperties(
        URI issuerUri,
        URI jwkSetUri,
        String audience,
        Duration clockSkew,
        Duration jwksCacheTtl,
        Duration jwksMinRefreshInterval) {
    public SecurityProperties {
        if (issuerUri == null) {
            issuerUri = URI.create("http://localhost:8080");
        }
        if (jwkSetUri == null) {
            jwkSetUri = URI.create("http://127.0.0.1:9001/oauth2/jwks");
        }
        if (audience == null || audience.isBlank()) {
            audience = "emporium-api";
        }
        if (clockSkew == null) {
            clockSkew = Duration.ofSeconds(30);
        }
        if (jwksCacheTtl == null) {
            jwksCacheTtl = Duration.ofMinutes(5);
        }
        if (jwksMinRefreshInterval == null) {
            jwksMinRefreshInterval = Duration.ofSeconds(10);
        }
    }
}
