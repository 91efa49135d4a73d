package org.emporium.platform.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.emporium.platform.jwt.AccessTokenRules;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestClient;

/**
 * A service's access-token decoder: the rules of platform-jwt's {@link AccessTokenRules} (the same the gateway
 * applies), with keys from identity's JWKS (cached, refetched on an unknown {@code kid} at most once per minimum
 * interval: {@link RateLimitedJwks}).
 */
public final class EmporiumJwtDecoders {
    private EmporiumJwtDecoders() {}

    public static NimbusJwtDecoder fromProperties(AccessTokenProperties properties) {
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
    static NimbusJwtDecoder fromKeys(JWKSource<SecurityContext> keys, AccessTokenProperties properties) {
        return fromKeys(keys, properties, Clock.systemUTC());
    }

    /** As {@link #fromKeys(JWKSource, AccessTokenProperties)}, judging {@code exp}/{@code nbf} by {@code clock}. */
    static NimbusJwtDecoder fromKeys(JWKSource<SecurityContext> keys, AccessTokenProperties properties, Clock clock) {
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(
                new JWSVerificationKeySelector<>(JWSAlgorithm.parse(AccessTokenRules.ALGORITHM.getName()), keys));
        // typ is checked by the validator below (at+jwt or application/at+jwt), with Spring's error shape.
        processor.setJWSTypeVerifier((header, context) -> {});
        processor.setJWTClaimsSetVerifier((claims, context) -> {});
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(AccessTokenRules.validator(properties, clock));
        return decoder;
    }

    /** The shared rules ({@link AccessTokenRules}), as identity's own decoder uses them. */
    public static OAuth2TokenValidator<Jwt> validator(AccessTokenProperties properties) {
        return AccessTokenRules.validator(properties);
    }
}
