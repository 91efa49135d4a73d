package org.emporium.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.ratelimit.RateBudgets;
import org.emporium.gateway.ratelimit.RateLimitStore;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/** The routes to every service, and the rate budgets they draw on. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    /** Rate-limit buckets: local per replica, synchronised with Redis (Bucket4j). */
    @Bean
    RateLimitStore rateLimitStore(LettuceConnectionFactory redis) {
        return new RateLimitStore(redis);
    }

    @Bean
    RateBudgets rateBudgets(EdgeProperties edge, RateLimitStore store) {
        return new RateBudgets(edge, store);
    }

    @Bean
    RouteLocator serviceRoutes(
            RouteLocatorBuilder builder,
            ServicesProperties services,
            EdgeProperties edge,
            RateBudgets budgets,
            CircuitBreakerRegistry breakers) {
        return new ServiceRoutes(services, edge, budgets, breakers).build(builder);
    }
}
