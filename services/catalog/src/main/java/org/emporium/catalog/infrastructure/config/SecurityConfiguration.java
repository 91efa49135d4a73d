package org.emporium.catalog.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: anyone browses (every GET), other services with the {@code catalog.read} scope look products up
 * in bulk, and only admins change the catalog.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    static final String LOOKUP_SCOPE = "SCOPE_catalog.read";

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/catalog/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/catalog/products/lookup")
                        .hasAuthority(LOOKUP_SCOPE)
                        .requestMatchers("/api/catalog/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
