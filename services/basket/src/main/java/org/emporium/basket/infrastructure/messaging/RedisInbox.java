package org.emporium.basket.infrastructure.messaging;

import java.time.Duration;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The consumers' inbox in Redis: {@code basket:inbox:{consumer}:{eventId}} (and {@code basket:order:{orderId}} for
 * the order rule), set with {@code SET NX PX} after the event was applied. A redelivery that finds its key is
 * acknowledged without effect. Kept for {@link #RETENTION} (far longer than any redelivery).
 */
@Component
class RedisInbox {
    static final Duration RETENTION = Duration.ofDays(7);
    private final StringRedisTemplate redis;

    RedisInbox(StringRedisTemplate redis) {
        this.redis = redis;
    }

    boolean seen(String key) {
        return Boolean.TRUE.equals(redis.hasKey(key));
    }

    void remember(String key) {
        redis.opsForValue().setIfAbsent(key, "1", RETENTION);
    }
}
