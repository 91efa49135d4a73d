package org.emporium.gateway.routing;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.ratelimit.RateBudgets;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/** The routes to every service, and the rate budgets they draw on. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    /**
     * Spring Cloud Gateway's token-bucket script, read once. Its own {@code redisRequestRateLimiterScript} bean is a
     * {@code ResourceScriptSource} that checks the script file's modification time on every call; inside the
     * executable jar that means opening a nested jar per request, which measured at tens of milliseconds of CPU.
     */
    @Bean
    RateBudgets rateBudgets(
            EdgeProperties edge, ReactiveStringRedisTemplate redis, ConfigurationService configurationService)
            throws IOException {
        var lua = new ClassPathResource("META-INF/scripts/request_rate_limiter.lua")
                .getContentAsString(StandardCharsets.UTF_8);
        @SuppressWarnings({"unchecked", "rawtypes"})
        RedisScript<List<Long>> script = (RedisScript) RedisScript.of(lua, List.class);
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
