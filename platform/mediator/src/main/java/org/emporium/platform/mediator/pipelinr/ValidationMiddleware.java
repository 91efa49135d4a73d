package org.emporium.platform.mediator.pipelinr;

import an.awesome.pipelinr.Command;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Validates the request's Bean Validation constraints before its handler runs; the web layer turns the
 * {@link ConstraintViolationException} into a 400 problem listing the fields. Consumers of events validate the
 * same way, because they send commands through the same pipeline.
 */
final class ValidationMiddleware implements Command.Middleware {
    private final Validator validator;

    ValidationMiddleware(Validator validator) {
        this.validator = validator;
    }

    @Override
    public <R, C extends Command<R>> R invoke(C command, Next<R> next) {
        var violations = validator.validate(PipelinrMediator.unwrap(command));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return next.invoke();
    }
}
