package org.emporium.gateway.ratelimit;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The Redis side of the rate limits: one Lettuce connection of its own (the client, its options and resources are
 * Spring's {@link LettuceConnectionFactory}'s, so host, port, password, TLS and {@code spring.data.redis.timeout}
 * are the same), and Bucket4j's compare-and-swap proxy manager on it. The connection is opened asynchronously, at
 * start and again after a failure, so the gateway starts and serves (without limits, {@link LimiterOutage}) while
 * Redis is unreachable; once open, Lettuce reconnects it by itself.
 */
public final class RateLimitStore implements DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(RateLimitStore.class);
    private static final long RETRY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final LettuceConnectionFactory factory;
    private final Duration timeout;
    private final AtomicBoolean connecting = new AtomicBoolean();
    private volatile long lastAttempt = System.nanoTime() - RETRY_NANOS;
    private volatile @Nullable StatefulRedisConnection<String, byte[]> connection;
    private volatile @Nullable AsyncProxyManager<String> manager;

    public RateLimitStore(LettuceConnectionFactory factory) {
        this.factory = factory;
        this.timeout = Duration.ofMillis(factory.getTimeout());
        connect();
    }

    /** Bucket4j's manager, or {@code null} (and a new connection attempt, at most every second) while not connected. */
    @Nullable
    AsyncProxyManager<String> manager() {
        var current = manager;
        if (current == null) {
            connect();
        }
        return current;
    }

    /** Whether Redis answers on the limiter's own connection now (tests wait for it after an outage). */
    public boolean reachable() {
        var current = connection;
        if (current == null) {
            connect();
            return false;
        }
        try {
            return "PONG".equals(current.async().ping().get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (Exception e) {
            return false;
        }
    }

    private void connect() {
        var now = System.nanoTime();
        if (now - lastAttempt < RETRY_NANOS || !connecting.compareAndSet(false, true)) {
            return;
        }
        lastAttempt = now;
        var client = (RedisClient) factory.getRequiredNativeClient();
        client.connectAsync(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE), uri())
                .whenComplete((opened, failure) -> {
                    try {
                        if (failure != null) {
                            log.warn("Rate limits: cannot connect to Redis ({}); retrying", failure.toString());
                            return;
                        }
                        connection = opened;
                        manager = Bucket4jLettuce.casBasedBuilder(opened)
                                // a key lives until its bucket would be full again, plus a margin
                                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                                        Duration.ofSeconds(10)))
                                .requestTimeout(timeout)
                                .build()
                                .asAsync();
                    } finally {
                        connecting.set(false);
                    }
                });
    }

    private RedisURI uri() {
        var builder = RedisURI.builder()
                .withHost(factory.getHostName())
                .withPort(factory.getPort())
                .withDatabase(factory.getDatabase())
                .withSsl(factory.isUseSsl())
                .withTimeout(timeout);
        var password = factory.getPassword();
        if (password != null && !password.isEmpty()) {
            var user = factory.getStandaloneConfiguration().getUsername();
            if (user != null && !user.isEmpty()) {
                builder.withAuthentication(user, password);
            } else {
                builder.withPassword(password.toCharArray());
            }
        }
        return builder.build();
    }

    @Override
    public void destroy() {
        var current = connection;
        if (current != null) {
            current.close();
        }
    }
}
