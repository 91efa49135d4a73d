package org.emporium.gateway.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a valid access token is, bound from {@code emporium.security.*} (the same keys services use).
 *
 * @param issuerUri the issuer every token must name ({@code EMPORIUM_ISSUER_URI}: the public URL, the gateway's)
 * @param jwkSetUri identity's signing keys ({@code EMPORIUM_JWK_SET_URI}, an internal URL)
 * @param audience the audience every token must contain
 * @param clockSkew tolerance for {@code exp}/{@code nbf}
 * @param jwksCacheTtl how long fetched keys are used before they are fetched again
 * @param jwksMinRefreshInterval the least time between two fetches caused by tokens with an unknown {@code kid}, so
 *     a flood of forged key ids cannot turn the gateway into a load generator against identity
 */
@ConfigurationProperties("emporium.security")
public record TokenProperties(
        URI issuerUri,
        URI jwkSetUri,
        String audience,
        Duration clockSkew,
        Duration jwksCacheTtl,
        Duration jwksMinRefreshInterval) {
    public TokenProperties {
        issuerUri = issuerUri == null ? URI.create("http://localhost:8080") : issuerUri;
        jwkSetUri = jwkSetUri == null ? URI.create("http://127.0.0.1:9001/oauth2/jwks") : jwkSetUri;
        audience = audience == null || audience.isBlank() ? "emporium-api" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        jwksCacheTtl = jwksCacheTtl == null ? Duration.ofMinutes(5) : jwksCacheTtl;
        jwksMinRefreshInterval = jwksMinRefreshInterval == null ? Duration.ofSeconds(10) : jwksMinRefreshInterval;
    }
}
