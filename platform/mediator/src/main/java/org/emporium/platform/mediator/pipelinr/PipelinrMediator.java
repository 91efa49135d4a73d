package org.emporium.platform.mediator.pipelinr;

import an.awesome.pipelinr.Command;
import an.awesome.pipelinr.CommandHandlerNotFoundException;
import an.awesome.pipelinr.CommandHandlers;
import an.awesome.pipelinr.CommandHasMultipleHandlersException;
import an.awesome.pipelinr.Pipeline;
import an.awesome.pipelinr.Pipelinr;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Mediator;
import org.emporium.platform.mediator.Request;
import org.jspecify.annotations.Nullable;
import org.springframework.transaction.PlatformTransactionManager;

/** The {@link Mediator} on PipelinR: the only class that knows the library is there. */
public final class PipelinrMediator implements Mediator {
    private final Pipeline pipeline;

    /**
     * @param handlers the handler beans, asked for once, on the first request (they do not change after start-up)
     * @param validator validates each request before its handler runs; none: no validation
     * @param transactions opens a transaction per request; none: no transaction
     */
    public PipelinrMediator(
            Supplier<List<Handler<?, ?>>> handlers,
            MeterRegistry meters,
            @Nullable Validator validator,
            @Nullable PlatformTransactionManager transactions) {
        var middlewares = new ArrayList<Command.Middleware>();
        middlewares.add(new LoggingMiddleware(meters));
        if (validator != null) {
            middlewares.add(new ValidationMiddleware(validator));
        }
        if (transactions != null) {
            middlewares.add(new TransactionMiddleware(transactions));
        }
        var adapted = new Supplier<List<Command.Handler>>() {
            private volatile List<Command.Handler> resolved;

            @Override
            public List<Command.Handler> get() {
                var list = resolved;
                if (list == null) {
                    list = handlers.get().stream()
                            .<Command.Handler>map(HandlerAdapter::new)
                            .toList();
                    resolved = list;
                }
                return list;
            }
        };
        CommandHandlers all = () -> adapted.get().stream();
        Command.Middlewares chain = middlewares::stream;
        this.pipeline = new Pipelinr().with(all).with(chain);
    }

    @Override
    public <R> R send(Request<R> request) {
        try {
            return pipeline.send(new Envelope<>(request));
        } catch (CommandHandlerNotFoundException | CommandHasMultipleHandlersException e) {
            throw new IllegalStateException(
                    "No single handler for " + request.getClass().getName() + ": " + e.getMessage(), e);
        }
    }

    /** The request inside a PipelinR command that this mediator sent. */
    static Request<?> unwrap(Command<?> command) {
        return ((Envelope<?>) command).request();
    }
}
