package org.emporium.platform.jwt;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How access tokens are validated, bound from {@code emporium.security.*} by the gateway and by every service (the
 * same keys, the same defaults).
 *
 * @param issuerUri the issuer every token must name ({@code EMPORIUM_ISSUER_URI}: the public URL, the gateway's)
 * @param jwkSetUri where identity publishes its signing keys ({@code EMPORIUM_JWK_SET_URI}, an internal URL)
 * @param audience the audience every token must contain
 * @param clockSkew tolerance for {@code exp}/{@code nbf}
 * @param jwksCacheTtl how long fetched keys are used before they are fetched again
 * @param jwksMinRefreshInterval the least time between two fetches caused by tokens with an unknown {@code kid}, so a
 *     flood of forged key ids cannot turn the gateway or a service into a load generator against identity
 */
@ConfigurationProperties("emporium.security")
public record AccessTokenProperties(
        URI issuerUri,
        URI jwkSetUri,
        String audience,
        Duration clockSkew,
        Duration jwksCacheTtl,
        Duration jwksMinRefreshInterval) {
    public static final URI DEFAULT_ISSUER = URI.create("http://localhost:8080");
    public static final URI DEFAULT_JWK_SET_URI = URI.create("http://127.0.0.1:9001/oauth2/jwks");
    public static final String DEFAULT_AUDIENCE = "emporium-api";
    public static final Duration DEFAULT_CLOCK_SKEW = Duration.ofSeconds(30);

    public AccessTokenProperties(
            @Nullable URI issuerUri,
            @Nullable URI jwkSetUri,
            @Nullable String audience,
            @Nullable Duration clockSkew,
            @Nullable Duration jwksCacheTtl,
            @Nullable Duration jwksMinRefreshInterval) {
        this.issuerUri = issuerUri == null ? DEFAULT_ISSUER : issuerUri;
        this.jwkSetUri = jwkSetUri == null ? DEFAULT_JWK_SET_URI : jwkSetUri;
        this.audience = audience == null || audience.isBlank() ? DEFAULT_AUDIENCE : audience;
        this.clockSkew = clockSkew == null ? DEFAULT_CLOCK_SKEW : clockSkew;
        this.jwksCacheTtl = jwksCacheTtl == null ? Duration.ofMinutes(5) : jwksCacheTtl;
        this.jwksMinRefreshInterval = jwksMinRefreshInterval == null ? Duration.ofSeconds(10) : jwksMinRefreshInterval;
    }

    /** The defaults with another issuer and key location (tests, identity validating its own tokens). */
    public static AccessTokenProperties of(URI issuerUri, URI jwkSetUri) {
        return new AccessTokenProperties(issuerUri, jwkSetUri, null, null, null, null);
    }
}
