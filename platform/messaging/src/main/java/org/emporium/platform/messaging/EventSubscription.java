package org.emporium.platform.messaging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A queue this service consumes and the handler for each routing key bound to it. Declare one as a bean:
 *
 * <pre>{@code
 * @Bean
 * EventSubscription stockReservations(Mediator mediator) {
 *     return EventSubscription.forQueue("stock")
 *             .on("ordering.order-placed", OrderPlaced.class, (event, meta) -> mediator.send(ReserveStock.from(event)))
 *             .build();
 * }
 * }</pre>
 *
 * The module then declares the durable queue {@code <service>.<purpose>} bound to those routing keys on the events
 * exchange, and its dead-letter queue {@code <service>.<purpose>.dlq}; each message is handled in a transaction with
 * its inbox entry (so a redelivery has no second effect), retried with back-off, and dead-lettered when the attempts
 * are used up or it cannot be read.
 */
public final class EventSubscription {

    /** A payload type and its handler. */
    record Route<E>(Class<E> payloadType, EventHandler<? super E> handler) {
        void handle(Object payload, EventMetadata metadata) throws Exception {
            handler.handle(payloadType.cast(payload), metadata);
        }
    }

    private final String purpose;
    private final Map<String, Route<?>> routes;

    private EventSubscription(String purpose, Map<String, Route<?>> routes) {
        this.purpose = purpose;
        this.routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes));
    }

    /** Starts a subscription for the queue {@code <service>.<purpose>}; purpose in kebab case, e.g. {@code stock}. */
    public static Builder forQueue(String purpose) {
        return new Builder(MessagingNames.requirePurpose(purpose));
    }

    public String purpose() {
        return purpose;
    }

    public Set<String> routingKeys() {
        return routes.keySet();
    }

    Route<?> route(String routingKey) {
        return routes.get(routingKey);
    }

    @Override
    public String toString() {
        return "EventSubscription[" + purpose + " <- " + routes.keySet() + "]";
    }

    public static final class Builder {
        private final String purpose;
        private final Map<String, Route<?>> routes = new LinkedHashMap<>();

        private Builder(String purpose) {
            this.purpose = purpose;
        }

        /**
         * Binds {@code routingKey} to the queue and handles its events, read from JSON into {@code payloadType}
         * (unknown properties are ignored, so publishers may add fields).
         */
        public <E> Builder on(String routingKey, Class<E> payloadType, EventHandler<? super E> handler) {
            CloudEvents.requireRoutingKey(routingKey);
            Objects.requireNonNull(payloadType, "payloadType");
            Objects.requireNonNull(handler, "handler");
            if (routes.putIfAbsent(routingKey, new Route<>(payloadType, handler)) != null) {
                throw new IllegalArgumentException(routingKey + " has two handlers in subscription " + purpose);
            }
            return this;
        }

        public EventSubscription build() {
            if (routes.isEmpty()) {
                throw new IllegalStateException("Subscription " + purpose + " handles no routing key");
            }
            return new EventSubscription(purpose, routes);
        }
    }
}
