package org.emporium.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * The one definition of a valid Emporium access token: RS256 only (so {@code none} and HS* are refused), signed by a
 * key in identity's JWKS (cached, refetched on an unknown {@code kid} at most once per minimum interval:
 * {@link RateLimitedJwks}), {@code typ: at+jwt}, the configured issuer,
 * the API audience, and {@code exp}/{@code nbf} within a small skew.
 */
public final class EmporiumJwtDecoders {
    private EmporiumJwtDecoders() {}

    public static NimbusJwtDecoder fromProperties(SecurityProperties properties) {
        var http = RestClient.builder()
                .requestFactory(new SimpleClientHttpRequestFactory() {
                    {
                        setConnectTimeout(Duration.ofSeconds(2));
                        setReadTimeout(Duration.ofSeconds(5));
                    }
                })
                .build();
        var uri = properties.jwkSetUri();
        var keys = new RateLimitedJwks(
                () -> http.get().uri(uri).retrieve().body(String.class),
                properties.jwksCacheTtl(),
                properties.jwksMinRefreshInterval(),
                Clock.systemUTC());
        return fromKeys(keys, properties);
    }

    /** A decoder that takes its keys from {@code keys} (tests give it their own). */
    static NimbusJwtDecoder fromKeys(JWKSource<SecurityContext> keys, SecurityProperties properties) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // typ is checked by the validator below (at+jwt or application/at+jwt), with Spring's error shape.
        processor.setJWSTypeVerifier((header, context) -> {});
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(validator(properties));
        return decoder;
    }

    public static OAuth2TokenValidator<Jwt> validator(SecurityProperties properties) {
        OAuth2TokenValidator<Jwt> audience =
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(properties.audience()));
        OAuth2TokenValidator<Jwt> notPlain =
                jwt -> "none".equalsIgnoreCase(String.valueOf(jwt.getHeaders().get("alg")))
                        ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "alg none", null))
                        : OAuth2TokenValidatorResult.success();
        // An access token without exp would be valid forever (RFC 9068 section 2.2 makes exp required).
        var timestamps = new JwtTimestampValidator(properties.clockSkew());
        timestamps.setAllowEmptyExpiryClaim(false);
        return new DelegatingOAuth2TokenValidator<>(
                timestamps,
                new JwtIssuerValidator(properties.issuerUri().toString()),
                audience,
                // RFC 9068 section 4: "at+jwt", or its full media type "application/at+jwt".
                new JwtTypeValidator("at+jwt", "application/at+jwt"),
                notPlain);
    }
}
