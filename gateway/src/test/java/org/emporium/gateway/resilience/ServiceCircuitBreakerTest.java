package org.emporium.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.net.ConnectException;
import java.util.function.Supplier;
import org.emporium.gateway.EdgeProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import reactor.netty.http.client.PrematureCloseException;

/**
 * What counts against a service: its own failures, never a client that closed its connection after the service
 * answered (wrk and load balancers do that all the time; counting it opened the breaker of a healthy upstream).
 */
class ServiceCircuitBreakerTest {
    private static final int WINDOW = 20; // the production settings: 50 % over 20 calls, at least 10
    private static final int MINIMUM_CALLS = 10;

    private final CircuitBreakerRegistry registry = new ResilienceConfiguration()
            .circuitBreakers(
                    new EdgeProperties(null, null, null, null, null, null, null, null, null, null),
                    new StaticListableBeanFactory().getBeanProvider(io.micrometer.core.instrument.MeterRegistry.class),
                    new StaticListableBeanFactory().getBeanProvider(BreakerClock.class));
    private final CircuitBreaker breaker = registry.circuitBreaker("catalog");
    private final ServiceCircuitBreaker filter = new ServiceCircuitBreaker(breaker, "catalog");

    @Test
    void aClientClosingItsConnectionAfterTheAnswerDoesNotCountAgainstTheService() {
        for (int i = 0; i < WINDOW * 2; i++) {
            var exchange = exchange();
            var result = filter.filter(exchange, answeredThen(exchange, () -> AbortedException.beforeSend()));

            assertThat(errorOf(result))
                    .as("the original error is passed on, not a 503")
                    .isInstanceOf(AbortedException.class);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aClientResettingItsConnectionAfterTheAnswerDoesNotCountEither() {
        for (int i = 0; i < WINDOW * 2; i++) {
            var exchange = exchange();
            boolean even = i % 2 == 0;
            var result = filter.filter(
                    exchange,
                    answeredThen(
                            exchange,
                            () -> even ? new IOException("Connection reset by peer") : new IOException("Broken pipe")));

            assertThat(errorOf(result)).isInstanceOf(IOException.class);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.getMetrics().getNumberOfFailedCalls()).isZero();
    }

    @Test
    void aServiceThatCannotBeReachedOpensTheBreaker() {
        for (int i = 0; i < MINIMUM_CALLS; i++) {
            var exchange = exchange();
            filter.filter(exchange, chain -> Mono.error(new ConnectException("Connection refused")))
                    .block();
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aServiceThatDiesWhileAnsweringStillCounts() {
        for (int i = 0; i < MINIMUM_CALLS; i++) {
            var exchange = exchange();
            var result = filter.filter(exchange, answeredThen(exchange, () -> PrematureCloseException.TEST_EXCEPTION));
            assertThat(errorOf(result)).isInstanceOf(PrematureCloseException.class);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void aClientErrorBeforeTheAnswerIsNotMistakenForAnAbort() {
        for (int i = 0; i < MINIMUM_CALLS; i++) {
            var exchange = exchange();
            filter.filter(exchange, chain -> Mono.error(new IOException("Connection reset by peer")))
                    .block();
            assertThat(exchange.getResponse().getStatusCode())
                    .as("nothing was answered yet: the service's connection failed")
                    .isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        }

        assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    private static Throwable errorOf(Mono<Void> result) {
        return result.materialize().block().getThrowable();
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/catalog/products/42"));
    }

    /** The service's answer went out (the response is committed), then writing it failed with {@code error}. */
    private static GatewayFilterChain answeredThen(MockServerWebExchange exchange, Supplier<Throwable> error) {
        return chain -> {
            exchange.getResponse().setStatusCode(HttpStatus.OK);
            return exchange.getResponse().setComplete().then(Mono.error(error.get()));
        };
    }
}
