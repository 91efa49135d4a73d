package org.emporium.comment.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: anyone reads a product's public reviews; customers write, edit, delete and vote (ownership is
 * checked by the domain); admins moderate and may delete any review.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/comment/products/*/reviews")
                        .permitAll()
                        .requestMatchers("/api/comment/admin/**")
                        .hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/comment/reviews/*")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .requestMatchers("/api/comment/**")
                        .hasRole("CUSTOMER")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
