package org.emporium.platform.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
 * The exchange, each subscription's queue, its bindings and its dead-letter queue: this service's own subscriptions
 * and every other consumer queue of the platform ({@link SubscriptionRegistry}), so an event published before its
 * consumer ever started waits in the consumer's queue instead of being dropped. Declared before consumers and the
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

    MessagingTopology(
            AmqpAdmin admin,
            MessagingNames names,
            List<EventSubscription> subscriptions,
            SubscriptionRegistry registry) {
        this.admin = admin;
        this.names = names;
        this.exchange = new TopicExchange(names.exchange(), true, false);
        var declared = new LinkedHashMap<String, Set<String>>();
        for (var subscription : subscriptions) {
            declared.computeIfAbsent(names.queue(subscription.purpose()), name -> new LinkedHashSet<>())
                    .addAll(subscription.routingKeys());
        }
        for (var subscription : registry.subscriptions()) {
            var queue = names.queue(subscription.service(), subscription.purpose());
            if (subscription.service().equals(names.service()) && !declared.containsKey(queue)) {
                log.warn(
                        "{} is listed in the platform's subscriptions but this service declares no such"
                                + " EventSubscription; its queue is declared anyway",
                        queue);
            }
            declared.computeIfAbsent(queue, name -> new LinkedHashSet<>()).addAll(subscription.routingKeys());
        }
        for (var subscription : subscriptions) {
            var listed = registry.subscriptions().stream()
                    .anyMatch(entry -> entry.service().equals(names.service())
                            && entry.purpose().equals(subscription.purpose())
                            && entry.routingKeys().containsAll(subscription.routingKeys()));
            if (!listed) {
                log.warn(
                        "{} is not listed (with all its routing keys) in org.emporium.contracts.Subscriptions: events"
                                + " published before this service first starts on a fresh broker are not kept for it",
                        subscription);
            }
        }
        declared.forEach((name, routingKeys) -> {
            queues.add(new Queue(name, true, false, false));
            queues.add(new Queue(MessagingNames.deadLetterQueue(name), true, false, false));
            for (var routingKey : routingKeys) {
                bindings.add(new Binding(name, Binding.DestinationType.QUEUE, exchange.getName(), routingKey, null));
            }
        });
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
