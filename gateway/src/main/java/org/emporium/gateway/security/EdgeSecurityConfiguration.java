package org.emporium.gateway.security;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.emporium.gateway.EdgeProperties;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.emporium.platform.jwt.AccessTokenRules;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
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
 * A token that is sent is checked even on a public route (a bad one is refused rather than ignored). Sessions,
 * CSRF, form login and basic auth are off: the gateway is stateless and answers only with problem documents.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
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
    ReactiveJwtDecoder accessTokenDecoder(SigningKeys keys, AccessTokenProperties tokens) {
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

    @Bean
    SecurityWebFilterChain edgeSecurity(
            ServerHttpSecurity http,
            ReactiveJwtDecoder decoder,
            EdgeProperties edge,
            CorsConfigurationSource corsConfigurationSource) {
        var problems = new SecurityProblems();
        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .addFilterAt(new EdgeCors(corsConfigurationSource), SecurityWebFiltersOrder.CORS)
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives("frame-ancestors 'none'")))
                .authorizeExchange(exchanges -> {
                    for (var route : edge.publicRoutes()) {
                        var parts = route.trim().split("\\s+", 2);
                        if (parts.length == 2) {
                            exchanges
                                    .pathMatchers(HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT)), parts[1])
                                    .permitAll();
                        } else {
                            exchanges.pathMatchers(parts[0]).permitAll();
                        }
                    }
                    // The gateway's own actuator; what of it the public port serves is ActuatorExposure's call.
                    exchanges.pathMatchers("/actuator/**").permitAll();
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** Requests Spring Security's firewall refuses (encoded slashes, {@code ..}, odd methods) get a 400 problem. */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler() {
        return new SecurityProblems();
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
