package org.emporium.platform.mediator;

import an.awesome.pipelinr.Command;

/**
 * A request that reads and never changes state. It runs in a read-only transaction and may read a denormalised
 * read model instead of the aggregates.
 *
 * @param <R> the view it returns
 */
public interface Query<R> extends Command<R> {}
