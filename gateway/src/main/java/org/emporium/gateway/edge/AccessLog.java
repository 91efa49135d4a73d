package org.emporium.gateway.edge;

import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * One line per request on logger {@code emporium.access}: method, path, status, duration, route, client, user and
 * trace id, e.g. {@code GET /api/catalog/products 200 12ms route=catalog client=127.0.0.1 user=- trace=4bf9…}.
 */
public final class AccessLog implements WebFilter, Ordered {
    /**
     * Where the edge's security ({@code EdgeSecurity}) leaves the subject of a verified token, so the log line can
     * name the user and the rate limiter can charge the user's bucket.
     */
    public static final String SUBJECT_ATTRIBUTE = AccessLog.class.getName() + ".subject";

    private static final Logger log = LoggerFactory.getLogger("emporium.access");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!log.isInfoEnabled()) {
            return chain.filter(exchange);
        }
        long start = System.nanoTime();
        return chain.filter(exchange).doFinally(signal -> write(exchange, signal, start));
    }

    private static void write(ServerWebExchange exchange, SignalType signal, long start) {
        var request = exchange.getRequest();
        var status = exchange.getResponse().getStatusCode();
        String outcome =
                signal == SignalType.CANCEL ? "cancelled" : status == null ? "200" : String.valueOf(status.value());
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        String subject = exchange.getAttribute(SUBJECT_ATTRIBUTE);
        String traceId = TraceIds.of(exchange).orElse("-");
        MDC.put("traceId", traceId);
        try {
            log.info(
                    "{} {} {} {}ms route={} client={} user={} trace={}",
                    request.getMethod().name(),
                    request.getPath().value(),
                    outcome,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start),
                    route == null ? "-" : route.getId(),
                    ClientAddress.of(exchange),
                    subject == null ? "-" : subject,
                    traceId);
        } finally {
            MDC.remove("traceId");
        }
    }

    @Override
    public int getOrder() {
        return ClientHeaderHygiene.ORDER + 1;
    }
}
