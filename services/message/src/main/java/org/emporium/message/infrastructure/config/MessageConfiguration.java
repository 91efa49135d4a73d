package org.emporium.message.infrastructure.config;

import java.time.Duration;
import org.emporium.message.domain.ConversationRules;
import org.emporium.message.domain.NotificationTemplates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The domain's beans. */
@Configuration(proxyBeanMethods = false)
class MessageConfiguration {

    @Bean
    NotificationTemplates notificationTemplates() {
        return new NotificationTemplates();
    }

    @Bean
    ConversationRules conversationRules(
            @Value("${emporium.message.conversations.max-messages-per-window:10}") int maxMessagesPerWindow,
            @Value("${emporium.message.conversations.window:1m}") Duration window,
            @Value("${emporium.message.conversations.max-messages-per-conversation:200}")
                    int maxMessagesPerConversation) {
        return new ConversationRules(maxMessagesPerWindow, window, maxMessagesPerConversation);
    }
}
