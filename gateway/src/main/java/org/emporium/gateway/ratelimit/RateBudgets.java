package org.emporium.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.AsyncBucketProxy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.emporium.gateway.EdgeProperties;
import org.emporium.gateway.EdgeProperties.RateBudget;
import org.emporium.gateway.EdgeProperties.RateLimitSync;

/**
 * The configured budgets, each a token bucket per caller kept by Bucket4j: a local copy of the bucket on every
 * replica, synchronised with the shared one in Redis ({@link RateLimitStore}). A budget named {@code n} keeps its
 * buckets under the Redis keys {@code request_rate_limiter.{n:<caller>}}, so all routes drawing on it share one
 * bucket per caller.
 *
 * <p>How far a replica may run ahead of Redis is {@link #unsynchronised(RateBudget, RateLimitSync)}: up to that many
 * requests are granted from the local copy alone and sent to Redis in one write at the next synchronisation (after
 * at most {@code interval}, or sooner when that many have been granted). A budget whose share rounds down to zero
 * (every small one: the sign-in, registration and checkout budgets) asks Redis on every request, concurrent
 * requests for the same bucket merged into one round trip. Refusals never wait for Redis when the local copy is
 * already empty: the shared bucket can only hold fewer tokens than the local copy believes.
 */
public final class RateBudgets {
    public static final String DEFAULT = "default";
    static final String KEY_PREFIX = "request_rate_limiter.";

    private final Map<String, RateBudget> budgets;
    private final Map<String, BucketConfiguration> configurations;
    private final RateLimitSync sync;
    private final RateLimitStore store;
    private final Cache<String, AsyncBucketProxy> buckets;

    public RateBudgets(EdgeProperties edge, RateLimitStore store) {
        this.budgets = edge.rateLimits();
        if (!budgets.containsKey(DEFAULT)) {
            throw new IllegalStateException("emporium.gateway.rate-limits.default must be configured");
        }
        this.sync = edge.rateLimitSync();
        this.store = store;
        this.configurations = Map.copyOf(budgets.entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> bucket(e.getValue()))));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(sync.maxLocalBuckets())
                // a bucket unused this long has nothing left to synchronise that matters (its unsynchronised share
                // was written at the latest one interval after its last request)
                .expireAfterAccess(sync.interval().multipliedBy(4).plusMinutes(1))
                .build();
    }

    /** "{@code requests} per {@code period}, {@code burst} at once": a bucket of {@code burst}, refilled evenly. */
    static BucketConfiguration bucket(RateBudget budget) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(budget.burst())
                        .refillGreedy(budget.requests(), budget.period())
                        .build())
                .build();
    }

    /**
     * How many requests of {@code budget} one replica may grant before it must tell Redis: the configured share of
     * the burst, rounded down. This is also the most a caller can exceed the budget by, per replica, per
     * synchronisation.
     */
    static long unsynchronised(RateBudget budget, RateLimitSync sync) {
        return (long) Math.floor(budget.burst() * sync.share());
    }

    public boolean exists(String name) {
        return budgets.containsKey(name);
    }

    /**
     * Takes one request from {@code caller}'s bucket of {@code budget}. Completes exceptionally when Redis cannot be
     * reached (or not within {@code spring.data.redis.timeout}).
     */
    CompletableFuture<ConsumptionProbe> consume(String budget, String caller) {
        var manager = store.manager();
        if (manager == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Redis is not connected"));
        }
        var key = KEY_PREFIX + "{" + budget + ":" + caller + "}";
        var bucket = buckets.get(key, k -> {
            var limit = unsynchronised(budgets.get(budget), sync);
            var optimization = limit == 0
                    ? Optimizations.batching()
                    : Optimizations.delaying(new DelayParameters(limit, sync.interval()));
            return manager.builder().withOptimization(optimization).build(k, configurations.get(budget));
        });
        return bucket.tryConsumeAndReturnRemaining(1);
    }

    /** The budget's refill, for a caller's {@code Retry-After} when Bucket4j did not say. */
    Duration period(String budget) {
        return budgets.get(budget).period();
    }
}
