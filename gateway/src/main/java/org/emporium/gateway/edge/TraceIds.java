package org.emporium.gateway.edge;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;
import java.util.Optional;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.web.server.ServerWebExchange;

/** The W3C trace context of the request being handled, from the server observation Spring opened for it. */
public final class TraceIds {
    private TraceIds() {}

    /** The trace id of the request's server span. */
    public static Optional<String> of(ServerWebExchange exchange) {
        return context(exchange).map(TraceContext::traceId).filter(id -> !id.isBlank());
    }

    /**
     * The {@code traceparent} a proxied request carries: the request's trace, with the gateway's server span as the
     * parent. Written by {@link ForwardingHeaders}, so the gateway opens no client observation of its own per request
     * (one observation per request: the server's).
     */
    static Optional<String> traceparent(ServerWebExchange exchange) {
        return context(exchange)
                .filter(context ->
                        !context.traceId().isBlank() && !context.spanId().isBlank())
                .map(context -> "00-" + context.traceId() + "-" + context.spanId() + "-"
                        + (Boolean.TRUE.equals(context.sampled()) ? "01" : "00"));
    }

    private static Optional<TraceContext> context(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> (TracingObservationHandler.TracingContext)
                        context.get(TracingObservationHandler.TracingContext.class))
                .map(tracing -> tracing.getSpan())
                .map(span -> span.context());
    }
}
