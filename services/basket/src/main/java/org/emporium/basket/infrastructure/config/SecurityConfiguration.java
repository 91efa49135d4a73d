package org.emporium.basket.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: a signed-in customer (a token with a user) reads and changes only their own basket (the token's
 * user; no path names a customer), and services with the {@code basket.read} scope read any basket internally.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    static final String READ_SCOPE = "SCOPE_basket.read";

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/internal/baskets/**")
                        .hasAuthority(READ_SCOPE)
                        .requestMatchers("/api/basket", "/api/basket/**")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
