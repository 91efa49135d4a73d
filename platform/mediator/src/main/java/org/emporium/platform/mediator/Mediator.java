package org.emporium.platform.mediator;

/**
 * Sends a command or query to its one handler through the pipeline logging/metrics → validation → transaction.
 * Controllers and event consumers talk to the application only through this port; services never see the
 * library behind it.
 */
public interface Mediator {
    /**
     * Runs the request's handler and returns its result.
     *
     * @throws jakarta.validation.ConstraintViolationException when the request breaks its Bean Validation
     *     constraints (the handler did not run)
     * @throws IllegalStateException when no handler, or more than one, handles the request's type
     */
    <R> R send(Request<R> request);
}
