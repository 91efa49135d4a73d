package org.emporium.message.infrastructure.config;

import org.emporium.message.domain.NotificationTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's beans. */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    NotificationTemplates notificationTemplates() {
        return new NotificationTemplates();
    }
}
