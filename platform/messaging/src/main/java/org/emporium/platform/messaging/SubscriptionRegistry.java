package org.emporium.platform.messaging;

import java.util.List;
import org.emporium.contracts.Subscription;
import org.emporium.contracts.Subscriptions;

/**
 * The consumer queues of the whole platform, which every service declares before relaying events (see
 * {@link MessagingTopology}). Defaults to {@link Subscriptions#ALL}; a test may declare its own bean.
 */
public record SubscriptionRegistry(List<Subscription> subscriptions) {
    public SubscriptionRegistry {
        subscriptions = List.copyOf(subscriptions);
    }

    static SubscriptionRegistry platform() {
        return new SubscriptionRegistry(Subscriptions.ALL);
    }
}
