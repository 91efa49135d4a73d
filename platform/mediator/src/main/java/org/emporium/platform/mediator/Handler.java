package org.emporium.platform.mediator;

/**
 * Handles one request type. Handlers are Spring components; the mediator finds them by the request type they
 * declare, and a request type with no handler, or with two, is a start-up defect that
 * {@code HandlerCoverage} catches in each service's tests.
 *
 * @param <Q> the request type, a {@link Command} or a {@link Query}
 * @param <R> what it returns
 */
public interface Handler<Q extends Request<R>, R> {
    R handle(Q request);
}
