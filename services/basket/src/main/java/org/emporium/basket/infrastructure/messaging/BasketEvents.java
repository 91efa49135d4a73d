package org.emporium.basket.infrastructure.messaging;

import java.util.ArrayList;
import java.util.List;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The basket's queues on the platform's topic exchange (same names and shapes as platform/messaging declares:
 * {@code [namespace.]basket.<purpose>} and its {@code .dlq}, durable, no arguments), listed in contracts
 * Subscriptions.ALL: {@code basket.product-copy} (catalog's product events) and {@code basket.order-placed}.
 */
@Configuration(proxyBeanMethods = false)
class BasketEvents {
    static final String PRODUCT_COPY = "product-copy";
    static final String ORDER_PLACED = "order-placed";

    @Bean
    QueueNames basketQueueNames(
            @Value("${emporium.messaging.namespace:}") String namespace,
            @Value("${emporium.messaging.exchange:emporium.events}") String exchange) {
        return new QueueNames(namespace.strip(), exchange);
    }

    @Bean
    Declarables basketTopology(QueueNames names) {
        var exchange = new TopicExchange(names.exchange(), true, false);
        var all = new ArrayList<Declarable>();
        all.add(exchange);
        declare(
                all,
                exchange,
                names.queue(PRODUCT_COPY),
                List.of("catalog.product-created", "catalog.product-updated", "catalog.product-deleted"));
        declare(all, exchange, names.queue(ORDER_PLACED), List.of("ordering.order-placed"));
        return new Declarables(all);
    }

    private static void declare(List<Declarable> all, TopicExchange exchange, String queue, List<String> keys) {
        all.add(new Queue(queue, true, false, false));
        all.add(new Queue(queue + ".dlq", true, false, false));
        keys.forEach(key -> all.add(new Binding(queue, Binding.DestinationType.QUEUE, exchange.getName(), key, null)));
    }

    public record QueueNames(String namespace, String baseExchange) {
        public String exchange() {
            return prefixed(baseExchange);
        }

        public String queue(String purpose) {
            return prefixed("basket." + purpose);
        }

        private String prefixed(String name) {
            return namespace.isEmpty() ? name : namespace + "." + name;
        }
    }
}
