package org.emporium.platform.messaging;

import org.emporium.contracts.IntegrationEvent;

/**
 * Publishes integration events reliably: the event is stored in the caller's database transaction and sent to the
 * broker after that transaction commits, retried until the broker confirms it. A rolled-back transaction publishes
 * nothing; a crash or broker outage after the commit delays the event but never loses it. Consumers may see an event
 * more than once (at-least-once) and must be idempotent, which {@link EventSubscription} handlers are.
 */
public interface EventOutbox {

    /**
     * Stores {@code event} for publication once the current transaction commits.
     *
     * @throws IllegalStateException if no transaction on the service's DataSource is active: an event written outside
     *     the business transaction could be published for a change that never happened, or lost for one that did
     * @throws IllegalArgumentException if the routing key is not {@code <source>.<event>} in kebab case
     */
    void add(IntegrationEvent event);
}
