package org.emporium.contracts;

import java.util.List;
import java.util.Objects;

/**
 * One consumer queue of the platform: the service that consumes it, its purpose (the queue is
 * {@code <service>.<purpose>}) and the routing keys bound to it. Listed in {@link Subscriptions}.
 */
public record Subscription(String service, String purpose, List<String> routingKeys) {
    public Subscription {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(purpose, "purpose");
        routingKeys = List.copyOf(routingKeys);
        if (routingKeys.isEmpty()) {
            throw new IllegalArgumentException("Subscription " + service + "." + purpose + " binds no routing key");
        }
    }
}
