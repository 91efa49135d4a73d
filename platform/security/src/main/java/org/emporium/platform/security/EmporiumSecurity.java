package org.emporium.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * The shared part of every service's filter chain. A service writes:
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
 *     return security.resourceServer(http)
 *             .authorizeHttpRequests(auth -> auth
 *                     .requestMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()
 *                     .anyRequest().authenticated())
 *             .build();
 * }
 * }</pre>
 *
 * Health, Prometheus and the OpenAPI document are open (the gateway never routes to actuator).
 */
public class EmporiumSecurity {
    private final JwtDecoder decoder;
    private final ProblemSecurityHandlers problems;

    public EmporiumSecurity(JwtDecoder decoder, ProblemSecurityHandlers problems) {
        this.decoder = decoder;
        this.problems = problems;
    }

    public HttpSecurity resourceServer(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .cors(Customizer.withDefaults())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .oauth2ResourceServer(oauth -> oauth.jwt(
                                jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(new RolesAndScopesConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/actuator/health/**",
                                "/actuator/health",
                                "/actuator/info",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers("/error")
                        .permitAll());
    }
}
