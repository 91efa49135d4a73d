package org.emporium.message.infrastructure.live;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.emporium.message.application.LiveFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.FanoutExchange;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.rabbit.listener.SimpleMessageListenerContainer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Fan-out of "user X has something new" to every replica: a fanout exchange {@code message.live} (namespaced in
 * tests, or {@code emporium.message.live.exchange}) with one auto-delete queue per instance. The message carries only the user id; each instance's hub then
 * reads what its connections miss from the database, so a lost or duplicated wake-up never loses or repeats a frame
 * (the hub's heartbeat catch-up covers a broker outage).
 */
@Configuration(proxyBeanMethods = false)
class LiveFanout {
    private static final Logger log = LoggerFactory.getLogger(LiveFanout.class);

    @Bean
    FanoutExchange liveExchange(
            @Value("${emporium.messaging.namespace:}") String namespace,
            @Value("${emporium.message.live.exchange:}") String configured) {
        if (!configured.isBlank()) {
            return new FanoutExchange(configured.strip(), true, false);
        }
        return new FanoutExchange(
                namespace.isBlank() ? "message.live" : namespace.strip() + ".message.live", true, false);
    }

    /** This instance's queue: exclusive and auto-delete, without arguments (Qpid refuses RabbitMQ-only ones). */
    @Bean
    Queue liveQueue(@Value("${emporium.messaging.namespace:}") String namespace) {
        var name = (namespace.isBlank() ? "" : namespace.strip() + ".") + "message.live." + UUID.randomUUID();
        return new Queue(name, false, true, true);
    }

    @Bean
    Binding liveBinding(FanoutExchange liveExchange, Queue liveQueue) {
        return BindingBuilder.bind(liveQueue).to(liveExchange);
    }

    @Bean
    SimpleMessageListenerContainer liveListener(ConnectionFactory connectionFactory, Queue liveQueue, LiveHub hub) {
        var container = new SimpleMessageListenerContainer(connectionFactory);
        container.setQueues(liveQueue);
        container.setMessageListener(message -> {
            try {
                hub.wake(UUID.fromString(new String(message.getBody(), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException e) {
                log.warn("Ignoring a live wake-up that is not a user id");
            }
        });
        return container;
    }

    @Bean
    LiveFeed liveFeed(ConnectionFactory connectionFactory, FanoutExchange liveExchange, LiveHub hub) {
        var template = new RabbitTemplate(connectionFactory);
        return userId -> {
            var properties = new MessageProperties();
            properties.setContentType(MessageProperties.CONTENT_TYPE_TEXT_PLAIN);
            try {
                template.send(
                        liveExchange.getName(),
                        "",
                        new Message(userId.toString().getBytes(StandardCharsets.UTF_8), properties));
            } catch (AmqpException e) {
                log.warn(
                        "Live wake-up for {} not published ({}); this instance's connections catch up now, others"
                                + " at their next heartbeat",
                        userId,
                        e.toString());
                hub.wake(userId);
            }
        };
    }
}
