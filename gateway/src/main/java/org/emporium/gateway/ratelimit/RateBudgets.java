package org.emporium.gateway.ratelimit;

import java.util.Map;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.EdgeProperties.RateBudget;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;

/**
 * The configured budgets, each a token bucket in Redis (Spring Cloud Gateway's {@link RedisRateLimiter}: one atomic
 * Lua script per request, shared by every gateway replica). A budget named {@code n} is kept under the limiter's
 * "route id" {@code n}, so all routes drawing on it share one bucket per caller.
 */
public final class RateBudgets {
    public static final String DEFAULT = "default";

    private final RedisRateLimiter limiter;
    private final Map<String, RateBudget> budgets;

    public RateBudgets(
            EdgeProperties edge,
            ReactiveStringRedisTemplate redis,
            RedisScript<java.util.List<Long>> script,
            ConfigurationService configurationService) {
        this.budgets = edge.rateLimits();
        if (!budgets.containsKey(DEFAULT)) {
            throw new IllegalStateException("emporium.gateway.rate-limits.default must be configured");
        }
        this.limiter = new RedisRateLimiter(redis, script, configurationService);
        budgets.forEach((name, budget) -> limiter.getConfig().put(name, bucket(budget)));
    }

    /**
     * Translates "{@code requests} per {@code period}, {@code burst} at once" into the limiter's integer token
     * bucket: when the period does not divide evenly into whole requests per second, each request costs
     * {@code period} seconds' worth of tokens and the bucket refills {@code requests} tokens a second.
     */
    static RedisRateLimiter.Config bucket(RateBudget budget) {
        long seconds = budget.period().toSeconds();
        int perRequest;
        int replenish;
        if (budget.requests() % seconds == 0) {
            replenish = (int) (budget.requests() / seconds);
            perRequest = 1;
        } else {
            replenish = budget.requests();
            perRequest = Math.toIntExact(seconds);
        }
        return new RedisRateLimiter.Config()
                .setReplenishRate(replenish)
                .setRequestedTokens(perRequest)
                .setBurstCapacity((long) budget.burst() * perRequest);
    }

    public boolean exists(String name) {
        return budgets.containsKey(name);
    }

    RedisRateLimiter limiter() {
        return limiter;
    }

    RedisRateLimiter.Config bucketOf(String name) {
        return limiter.getConfig().get(name);
    }
}
