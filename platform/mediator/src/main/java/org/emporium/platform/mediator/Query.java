package org.emporium.platform.mediator;

/**
 * A request that reads and never changes state. It runs in a read-only transaction and may read a denormalised
 * read model instead of the aggregates.
 *
 * @param <R> the view it returns
 */
public non-sealed interface Query<R> extends Request<R> {}
