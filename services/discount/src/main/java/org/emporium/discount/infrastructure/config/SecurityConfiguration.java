package org.emporium.discount.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what: admins manage coupons; a signed-in customer, or a service with {@code discount.quote}, asks for
 * quotes (the controller tells the two apart); only services with {@code discount.redeem} reserve and release.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {
    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/discount/quotes")
                        .authenticated()
                        .requestMatchers("/api/discount/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/internal/redemptions", "/internal/redemptions/**")
                        .hasAuthority("SCOPE_discount.redeem")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
