package org.emporium.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.List;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.ratelimit.RateBudgets;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** The routes to every service, and the rate budgets they draw on. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    @Bean
    RateBudgets rateBudgets(
            EdgeProperties edge,
            ReactiveStringRedisTemplate redis,
            @Qualifier(RedisRateLimiter.REDIS_SCRIPT_NAME) RedisScript<List<Long>> script,
            ConfigurationService configurationService) {
        return new RateBudgets(edge, redis, script, configurationService);
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
