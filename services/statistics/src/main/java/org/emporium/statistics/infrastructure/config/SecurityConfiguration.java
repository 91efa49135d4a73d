package org.emporium.statistics.infrastructure.config;

import org.emporium.platform.security.EmporiumSecurity;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Every report, the live stream and the rebuild are for admins only. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatisticsProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, EmporiumSecurity security) throws Exception {
        return security.resourceServer(http)
                .authorizeHttpRequests(auth -> auth.requestMatchers("/api/statistics/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .denyAll())
                .build();
    }
}
