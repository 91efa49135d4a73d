package org.emporium.platform.messaging;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.transport.ReceiverContext;
import io.micrometer.observation.transport.SenderContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Carries the W3C trace context across the outbox table. Storing an event opens a producer observation whose
 * propagation headers ({@code traceparent}, {@code tracestate}) are kept with the row; the relay reopens that context
 * as the parent of its publish, so a trace runs request → outbox → broker → consumer. Works through the Observation
 * API: with Micrometer Tracing present it yields spans, without it no headers and no cost.
 */
final class TracePropagation {
    private final ObservationRegistry registry;

    TracePropagation(ObservationRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code store} in an observation, handing it the trace headers to keep with the event. */
    void store(String routingKey, Consumer<Map<String, String>> store) {
        var headers = new LinkedHashMap<String, String>();
        var context = new SenderContext<Map<String, String>>((carrier, key, value) -> carrier.put(key, value));
        context.setCarrier(headers);
        Observation.createNotStarted("emporium.outbox.store", () -> context, registry)
                .contextualName(routingKey + " store")
                .lowCardinalityKeyValue("messaging.routing_key", routingKey)
                .observe(() -> store.accept(headers));
    }

    /** Publishes in an observation whose parent is the context stored with the event. */
    <T> T relay(String routingKey, Map<String, String> storedHeaders, Supplier<T> publish) {
        var context = new ReceiverContext<Map<String, String>>((carrier, key) -> carrier.get(key));
        context.setCarrier(storedHeaders);
        return Observation.createNotStarted("emporium.outbox.relay", () -> context, registry)
                .contextualName(routingKey + " relay")
                .lowCardinalityKeyValue("messaging.routing_key", routingKey)
                .observe(publish);
    }
}
