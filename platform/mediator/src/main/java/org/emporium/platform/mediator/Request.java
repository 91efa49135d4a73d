package org.emporium.platform.mediator;

/**
 * Something sent through the {@link Mediator}: a {@link Command}, which changes state, or a {@link Query}, which only
 * reads. Each concrete request type has exactly one {@link Handler} bean.
 *
 * @param <R> what its handler returns
 */
public sealed interface Request<R> permits Command, Query {}
