package org.emporium.catalog.infrastructure.config;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The catalog's small shared beans. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    /** Handlers take time from here, so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
