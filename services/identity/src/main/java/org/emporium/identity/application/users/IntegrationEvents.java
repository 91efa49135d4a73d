package org.emporium.identity.application.users;

import org.emporium.contracts.IntegrationEvent;

/**
 * Publishes integration events through the transactional outbox: the event is stored in the current transaction
 * and sent after commit, at least once. Must be called inside the transaction of the state change it reports.
 */
public interface IntegrationEvents {
    void publishAfterCommit(IntegrationEvent event);
}
