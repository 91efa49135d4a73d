package org.emporium.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.Declarable;
import org.springframework.amqp.core.Declarables;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.context.SmartLifecycle;

/**
 * The exchange, each subscription's queue, its bindings and its dead-letter queue. Declared before consumers and the
 * relay start (so the first relayed event already finds its queues) and again on every new connection, since a
 * broker without persistence forgets them. With a namespace (tests) they are deleted on shutdown.
 */
final class MessagingTopology implements SmartLifecycle {
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 300;
    private static final Logger log = LoggerFactory.getLogger(MessagingTopology.class);

    private final AmqpAdmin admin;
    private final MessagingNames names;
    private final TopicExchange exchange;
    private final List<Queue> queues = new ArrayList<>();
    private final List<Binding> bindings = new ArrayList<>();
    private volatile boolean running;

    MessagingTopology(AmqpAdmin admin, MessagingNames names, List<EventSubscription> subscriptions) {
        this.admin = admin;
        this.names = names;
        this.exchange = new TopicExchange(names.exchange(), true, false);
        for (var subscription : subscriptions) {
            var queue = new Queue(names.queue(subscription.purpose()), true, false, false);
            queues.add(queue);
            queues.add(new Queue(MessagingNames.deadLetterQueue(queue.getName()), true, false, false));
            for (var routingKey : subscription.routingKeys()) {
                bindings.add(new Binding(
                        queue.getName(), Binding.DestinationType.QUEUE, exchange.getName(), routingKey, null));
            }
        }
    }

    /** For the application's RabbitAdmin, which re-declares them whenever a connection is opened. */
    Declarables declarables() {
        var all = new ArrayList<Declarable>();
        all.add(exchange);
        all.addAll(queues);
        all.addAll(bindings);
        return new Declarables(all);
    }

    /** Declares everything; idempotent. */
    void declare() {
        admin.declareExchange(exchange);
        queues.forEach(admin::declareQueue);
        bindings.forEach(admin::declareBinding);
    }

    void declareQuietly() {
        try {
            declare();
        } catch (AmqpException e) {
            log.warn(
                    "Could not declare {} and its queues yet, will on the next connection: {}",
                    exchange.getName(),
                    e.toString());
        }
    }

    @Override
    public void start() {
        declareQuietly();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (names.namespaced()) {
            try {
                queues.forEach(queue -> admin.deleteQueue(queue.getName()));
                admin.deleteExchange(exchange.getName());
            } catch (AmqpException e) {
                log.warn("Could not delete namespace {} from the broker: {}", names.namespace(), e.toString());
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
