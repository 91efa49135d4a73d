package org.emporium.message.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint needs a signed-in customer or admin; ownership is checked per notification (404). The WebSocket
 * handshake {@code /api/message/live} is authenticated by its one-time ticket instead (TicketHandshakeInterceptor).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/message/live")
                        .permitAll()
                        .requestMatchers("/api/message/**")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
