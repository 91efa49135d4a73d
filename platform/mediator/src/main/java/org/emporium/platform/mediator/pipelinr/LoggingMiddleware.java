package org.emporium.platform.mediator.pipelinr;

import an.awesome.pipelinr.Command;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.emporium.platform.mediator.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Outermost middleware: times every request ({@code emporium.mediator.requests}, tagged by name, kind and outcome)
 * and logs failures once, with the request's name but never its content (it may hold personal data).
 */
final class LoggingMiddleware implements Command.Middleware {
    private static final Logger log = LoggerFactory.getLogger(LoggingMiddleware.class);
    private final MeterRegistry meters;

    LoggingMiddleware(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public <R, C extends Command<R>> R invoke(C command, Next<R> next) {
        var request = PipelinrMediator.unwrap(command);
        var name = request.getClass().getSimpleName();
        var kind = request instanceof Query<?> ? "query" : "command";
        var sample = Timer.start(meters);
        var outcome = "success";
        try {
            log.debug("Handling {} {}", kind, name);
            return next.invoke();
        } catch (RuntimeException e) {
            outcome = e.getClass().getSimpleName();
            log.info("{} {} failed: {}", kind, name, e.toString());
            throw e;
        } finally {
            sample.stop(Timer.builder("emporium.mediator.requests")
                    .description("Commands and queries handled")
                    .tag("name", name)
                    .tag("kind", kind)
                    .tag("outcome", outcome)
                    .register(meters));
        }
    }
}
