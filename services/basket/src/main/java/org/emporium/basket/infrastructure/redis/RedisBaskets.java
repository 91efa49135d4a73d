package org.emporium.basket.infrastructure.redis;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.basket.application.Baskets;
import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.BasketLine;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Redis hash per basket, {@code basket:{customerId}}: {@code rev}, {@code currency}, {@code coupon},
 * {@code updatedAt} (epoch ms) and one field {@code line:{productId}} per line (JSON). A read is one
 * {@code HGETALL}; a write is one Lua script (compare the revision, delete the dropped fields, set the changed ones,
 * {@code HINCRBY rev}, {@code PEXPIRE}), so concurrent writers never interleave inside a write. The key is never
 * deleted (a cleared basket keeps its revision, which the order-placed rule compares); it expires after the idle
 * time.
 */
@Repository
class RedisBaskets implements Baskets {
    static final String LINE = "line:";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> SAVE = LuaScripts.load("redis/save-basket.lua", List.class);

    private final StringRedisTemplate redis;
    private final Duration idleExpiry;

    RedisBaskets(StringRedisTemplate redis, BasketProperties properties) {
        this.redis = redis;
        this.idleExpiry = properties.idleExpiry();
    }

    static String key(UUID customerId) {
        return "basket:" + customerId;
    }

    @Override
    public Basket load(UUID customerId) {
        Map<Object, Object> hash =
                RedisFailures.translate(() -> redis.opsForHash().entries(key(customerId)));
        return fromHash(customerId, hash);
    }

    static Basket fromHash(UUID customerId, Map<Object, Object> hash) {
        if (hash.isEmpty()) {
            return Basket.empty(customerId);
        }
        var lines = new ArrayList<BasketLine>();
        hash.forEach((field, value) -> {
            var name = field.toString();
            if (name.startsWith(LINE)) {
                var data = JSON.readValue(value.toString(), LineData.class);
                lines.add(data.toLine(UUID.fromString(name.substring(LINE.length()))));
            }
        });
        var updatedAt = hash.get("updatedAt");
        return new Basket(
                customerId,
                Long.parseLong(String.valueOf(hash.getOrDefault("rev", "0"))),
                (String) hash.get("currency"),
                lines,
                (String) hash.get("coupon"),
                updatedAt == null ? null : Instant.ofEpochMilli(Long.parseLong(updatedAt.toString())));
    }

    @Override
    public Saved save(Basket basket) {
        var args = new ArrayList<String>(4 + 2 * basket.lines().size());
        args.add(Long.toString(basket.revision()));
        args.add(Long.toString(idleExpiry.toMillis()));
        basket.currency().ifPresent(currency -> put(args, "currency", currency));
        basket.couponCode().ifPresent(code -> put(args, "coupon", code));
        basket.updatedAt().ifPresent(at -> put(args, "updatedAt", Long.toString(at.toEpochMilli())));
        for (var line : basket.lines()) {
            put(args, LINE + line.productId(), JSON.writeValueAsString(LineData.of(line)));
        }
        var products = List.copyOf(basket.quantities().keySet());
        var keys = new ArrayList<String>(1 + products.size());
        keys.add(key(basket.customerId()));
        products.forEach(id -> keys.add(RedisProductCopies.key(id)));
        List<?> answer = RedisFailures.translate(() -> redis.execute(SAVE, keys, args.toArray()));
        long revision = answer == null || answer.isEmpty() ? -1 : ((Number) answer.getFirst()).longValue();
        if (revision < 0) {
            return new Saved(-1, Map.of());
        }
        return new Saved(revision, RedisProductCopies.decode(products, answer.subList(1, answer.size())));
    }

    private static void put(List<String> args, String field, String value) {
        args.add(field);
        args.add(value);
    }

    /** The JSON of one line field (short names: this is stored once per line per basket). */
    record LineData(String n, @Nullable String i, @Nullable UUID c, BigDecimal p, int q, long a) {
        static LineData of(BasketLine line) {
            return new LineData(
                    line.name(),
                    line.imageUrl(),
                    line.categoryId(),
                    line.addedUnitPrice(),
                    line.quantity(),
                    line.addedAt().toEpochMilli());
        }

        BasketLine toLine(UUID productId) {
            return new BasketLine(productId, n, i, c, p, q, Instant.ofEpochMilli(a));
        }
    }
}
