package org.emporium.catalog.application;

import org.emporium.contracts.IntegrationEvent;

/**
 * Publishes integration events reliably: the event is stored in the current database transaction and reaches the
 * broker after the commit, at least once. A rolled-back change publishes nothing.
 */
public interface Outbox {

    /** Stores {@code event} for publication; must be called inside the transaction of the change it reports. */
    void add(IntegrationEvent event);
}
