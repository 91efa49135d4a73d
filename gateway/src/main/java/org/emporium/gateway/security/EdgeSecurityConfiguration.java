package org.emporium.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.emporium.gateway.EdgeProperties;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.emporium.platform.jwt.AccessTokenRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * Token validation at the edge. A request is let through without a token only if it matches one of
 * {@code emporium.gateway.public-routes}; every other request needs a valid access token by platform-jwt's
 * {@link AccessTokenRules} (RS256 by a key from identity's JWKS, {@code typ at+jwt}/{@code application/at+jwt}, issuer,
 * audience, {@code exp}/{@code nbf} within the skew), bound from the same {@code emporium.security.*} properties
 * ({@link AccessTokenProperties}) as every service: one rule set for the edge and the services.
 *
 * A token that is sent is checked even on a public route (a bad one is refused rather than ignored). All of it runs in
 * one filter, {@link EdgeSecurity}, not in Spring Security's reactive filter chain (issue 16, ADR 0006): there are no
 * sessions, CSRF, form login or basic auth to configure, and the gateway answers only with problem documents.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessTokenProperties.class)
public class EdgeSecurityConfiguration {
    /** At most this many verified tokens are remembered (a few MB); beyond it the least used are dropped. */
    static final long VERIFIED_TOKENS = 20_000;

    @Bean
    SigningKeys signingKeys(AccessTokenProperties tokens) {
        return new SigningKeys(
                WebClient.create(),
                tokens.jwkSetUri(),
                tokens.jwksCacheTtl(),
                tokens.jwksMinRefreshInterval(),
                Clock.systemUTC());
    }

    /**
     * The decoder the edge uses: {@link #accessTokenDecoder(Function, AccessTokenProperties, Clock)} behind
     * {@link VerifiedTokens}, so a token's signature is verified once per token (for at most the JWKS cache's TTL),
     * its claim rules on every request.
     */
    @Bean
    VerifiedTokens accessTokenDecoder(SigningKeys keys, AccessTokenProperties tokens) {
        var clock = Clock.systemUTC();
        return new VerifiedTokens(
                accessTokenDecoder(keys::keysFor, tokens, clock),
                AccessTokenRules.validator(tokens, clock),
                tokens.jwksCacheTtl(),
                VERIFIED_TOKENS,
                clock);
    }

    /**
     * The gateway's decoder: the shared {@link AccessTokenRules} (the same every service applies), keys from
     * {@code keys}, {@code exp}/{@code nbf} judged by {@code clock}.
     */
    static ReactiveJwtDecoder accessTokenDecoder(
            Function<SignedJWT, Flux<JWK>> keys, AccessTokenProperties tokens, Clock clock) {
        var decoder = NimbusReactiveJwtDecoder.withJwkSource(keys)
                .jwsAlgorithm(AccessTokenRules.ALGORITHM)
                // typ is one of the rules (at+jwt or application/at+jwt); Nimbus' own check knows only JWT
                .validateType(false)
                .build();
        decoder.setJwtValidator(AccessTokenRules.validator(tokens, clock));
        return decoder;
    }

    /** The edge's security in one filter: firewall, headers, CORS, bearer token, route access ({@link EdgeSecurity}). */
    @Bean
    EdgeSecurity edgeSecurity(
            VerifiedTokens accessTokenDecoder, EdgeProperties edge, CorsConfigurationSource corsConfigurationSource) {
        return new EdgeSecurity(
                new EdgeCors(corsConfigurationSource), new PublicRoutes(edge.publicRoutes()), accessTokenDecoder);
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(EdgeProperties edge) {
        var cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(edge.cors().allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of(
                "Authorization",
                "Content-Type",
                "Accept",
                "Idempotency-Key",
                "X-Request-Id",
                "traceparent",
                "tracestate"));
        cors.setExposedHeaders(List.of("Location", "Retry-After", "ETag", "traceparent"));
        cors.setAllowCredentials(true);
        cors.setMaxAge(edge.cors().maxAge());
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }
}
