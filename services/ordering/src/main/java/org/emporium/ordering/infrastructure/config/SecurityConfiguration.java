package org.emporium.ordering.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Admins ship, deliver and search; reading and cancelling one order is for its owner or an admin (the handlers
 * answer another customer's order with 404); checkout, the own list and payment are for customers.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/ordering/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, "/api/ordering/orders/*")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/ordering/orders/*/cancel")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .requestMatchers("/api/ordering/orders", "/api/ordering/orders/**")
                        .hasRole("CUSTOMER")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
