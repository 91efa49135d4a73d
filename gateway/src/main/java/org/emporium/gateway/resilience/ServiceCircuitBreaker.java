package org.emporium.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import org.emporium.gateway.problem.ProblemResponses;
import org.emporium.platform.core.ProblemCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;

/**
 * Calls a service through its circuit breaker. When the call fails — connection refused, no response headers within
 * the route's timeout (Netty raises 504 for that), or the breaker is open because too many calls failed lately —
 * the client gets 503 with a problem document at once instead of waiting. Client errors raised on the way (a body
 * over the limit) are passed on unchanged and do not count against the service, and neither does a client that goes
 * away after the service answered ({@link ClientAborted}): a load balancer or {@code wrk} closing its connection
 * while the response is being written says nothing about the service, and counting it opened the breaker of a
 * healthy service (docs/benchmarks.md, 2026-12-02).
 */
public final class ServiceCircuitBreaker implements GatewayFilter {
    private static final Logger log = LoggerFactory.getLogger(ServiceCircuitBreaker.class);

    private final CircuitBreaker breaker;
    private final String service;

    public ServiceCircuitBreaker(CircuitBreaker breaker, String service) {
        this.breaker = breaker;
        this.service = service;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return chain.filter(exchange)
                .onErrorMap(error -> clientWentAway(exchange, error), ClientAborted::new)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorResume(error -> unavailable(exchange, error));
    }

    /**
     * The service answered (the response is committed) and then the client's side failed: its connection was closed
     * or reset under the response. An error from the service's side (its connection reset while the body was still
     * being read) is not this while the client is still connected.
     */
    static boolean clientWentAway(ServerWebExchange exchange, Throwable error) {
        return exchange.getResponse().isCommitted()
                && DisconnectedClientHelper.isClientDisconnectedException(error)
                && !clientStillConnected(exchange);
    }

    private static boolean clientStillConnected(ServerWebExchange exchange) {
        try {
            Object request = ServerHttpRequestDecorator.getNativeRequest(exchange.getRequest());
            return request instanceof Connection connection
                    && connection.channel().isActive();
        } catch (IllegalArgumentException | IllegalStateException notAServerRequest) {
            return false; // not a server's request (a test's): the error alone decides
        }
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, Throwable error) {
        if (error instanceof ClientAborted aborted) {
            return Mono.error(aborted.getCause());
        }
        if (error instanceof ResponseStatusException status
                && status.getStatusCode().is4xxClientError()) {
            return Mono.error(error);
        }
        String detail;
        if (error instanceof CallNotPermittedException) {
            detail = service + " is failing; calls are paused for a moment";
        } else if (error instanceof ResponseStatusException status
                && status.getStatusCode().value() == 504) {
            detail = service + " did not answer in time";
        } else {
            detail = service + " is unavailable";
            log.debug("Call to {} failed", service, error);
        }
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        exchange.getResponse().getHeaders().set("Retry-After", "5");
        return ProblemResponses.write(
                exchange, HttpStatus.SERVICE_UNAVAILABLE, ProblemCodes.SERVICE_UNAVAILABLE, detail);
    }

    /**
     * The client went away after the service had answered; ignored by the breaker (neither a failure nor a success),
     * then unwrapped again.
     */
    public static final class ClientAborted extends RuntimeException {
        ClientAborted(Throwable cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
