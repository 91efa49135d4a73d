package org.emporium.platform.security;

import java.time.Clock;
import org.emporium.platform.jwt.AccessTokenProperties;
import org.emporium.platform.jwt.AccessTokenRules;
import org.emporium.platform.jwt.VerifiedTokenCache;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import tools.jackson.databind.json.JsonMapper;

/** Token validation, roles, current user and problem+json 401/403 for every servlet service. */
@AutoConfiguration(
        beforeName =
                "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(AccessTokenProperties.class)
@EnableMethodSecurity
@Import(SecurityProblemAdvice.class)
public class SecurityAutoConfiguration {

    /** At most this many verified tokens are remembered (each a few kB of claims and headers). */
    static final long VERIFIED_TOKENS = 4_096;

    /**
     * The full decoder behind a {@link VerifiedTokenCache}: a token's signature is verified once (remembered for at
     * most the JWKS cache's TTL), its claim rules on every request.
     */
    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(AccessTokenProperties properties) {
        var clock = Clock.systemUTC();
        return new VerifiedTokenDecoder(
                EmporiumJwtDecoders.fromProperties(properties),
                new VerifiedTokenCache(
                        AccessTokenRules.validator(properties, clock),
                        properties.jwksCacheTtl(),
                        VERIFIED_TOKENS,
                        clock));
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(JsonMapper json) {
        return new ProblemSecurityHandlers(json);
    }

    @Bean
    EmporiumSecurity emporiumSecurity(JwtDecoder decoder, ProblemSecurityHandlers problems) {
        return new EmporiumSecurity(decoder, problems);
    }

    @Bean
    @ConditionalOnMissingBean
    CurrentUser currentUser() {
        return new CurrentUser();
    }
}
