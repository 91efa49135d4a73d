package org.emporium.platform.mediator;

/**
 * A request that changes state. It runs in one read-write transaction, so the state change and the events its
 * aggregates registered (stored in the outbox) commit together. It returns at most an id.
 *
 * @param <R> what its handler returns (an id, or the aggregate's new version)
 */
public non-sealed interface Command<R> extends Request<R> {}
