package org.emporium.message.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every inbox endpoint needs a signed-in customer or admin; ownership is checked per notification (404). */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/message/**")
                        .hasAnyRole("CUSTOMER", "ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
