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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Calls a service through its circuit breaker. When the call fails — connection refused, no response headers within
 * the route's timeout (Netty raises 504 for that), or the breaker is open because too many calls failed lately —
 * the client gets 503 with a problem document at once instead of waiting. Client errors raised on the way (a body
 * over the limit) are passed on unchanged and do not count against the service.
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
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorResume(error -> unavailable(exchange, error));
    }

    private Mono<Void> unavailable(ServerWebExchange exchange, Throwable error) {
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
}
