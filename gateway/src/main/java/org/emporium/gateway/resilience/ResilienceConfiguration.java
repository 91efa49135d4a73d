package org.emporium.gateway.resilience;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.edge.BodySizeLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One circuit breaker per service, configured from {@code emporium.gateway.circuit-breaker}, with metrics. */
@Configuration(proxyBeanMethods = false)
public class ResilienceConfiguration {

    /**
     * Reactor Netty silently retries a request once when a pooled connection closes before it was sent; that would
     * retry POSTs too. Retries are the route's {@code Retry} filter's job alone, for idempotent methods only.
     */
    @Bean
    HttpClientCustomizer noHiddenRetries() {
        return client -> client.disableRetry(true);
    }

    @Bean
    CircuitBreakerRegistry circuitBreakers(
            EdgeProperties edge, ObjectProvider<MeterRegistry> meters, ObjectProvider<BreakerClock> clock) {
        var settings = edge.circuitBreaker();
        var config = CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.failureRateThreshold())
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(settings.slidingWindowSize())
                .minimumNumberOfCalls(settings.minimumNumberOfCalls())
                .waitDurationInOpenState(settings.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(settings.permittedCallsInHalfOpenState())
                .automaticTransitionFromOpenToHalfOpenEnabled(false)
                // the open-state wait is measured on this clock (tests advance it instead of sleeping)
                .clock(clock.getIfAvailable(BreakerClock::system).clock())
                // neither counts against the service: a client error, and a client gone after the service answered
                .ignoreExceptions(BodySizeLimit.BodyTooLarge.class, ServiceCircuitBreaker.ClientAborted.class)
                .build();
        var registry = CircuitBreakerRegistry.of(config);
        meters.ifAvailable(m ->
                TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(registry).bindTo(m));
        return registry;
    }
}
