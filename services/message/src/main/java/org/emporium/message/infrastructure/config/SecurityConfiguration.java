package org.emporium.message.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every endpoint needs a signed-in customer or admin; ownership is checked per notification and conversation (404).
 * Only a customer opens a conversation; only admins read support's queue. The WebSocket
 * handshake {@code /api/message/live} is authenticated by its one-time ticket instead (TicketHandshakeInterceptor).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/message/live")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/message/conversations")
                        .hasRole("CUSTOMER")
                        .requestMatchers("/api/message/conversations/support")
                        .hasRole("ADMIN")
                        .requestMatchers("/api/message/**")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
