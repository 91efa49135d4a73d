package org.emporium.basket.infrastructure.messaging;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.retry.MessageRecoverer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What still fails after the listener's retries (application.yml) is parked in its queue's {@code .dlq} through the
 * default exchange, as platform/messaging does, never dropped.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetters {
    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    @Bean
    MessageRecoverer deadLetterRecoverer(RabbitTemplate rabbit) {
        return (message, cause) -> {
            var queue = message.getMessageProperties().getConsumerQueue() + ".dlq";
            log.error("Event parked in {} after retries: {}", queue, cause.toString());
            rabbit.send("", queue, message);
        };
    }
}
