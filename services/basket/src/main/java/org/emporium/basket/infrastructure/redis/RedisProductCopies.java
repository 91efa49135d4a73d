package org.emporium.basket.infrastructure.redis;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.basket.application.ProductCopies;
import org.emporium.basket.domain.ProductSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local product copy: one hash per product, {@code basket:product:{productId}} with {@code v} (catalog's
 * product version) and {@code d} (JSON). Reading a whole basket's products is one Lua script of {@code HGET}s
 * ({@code read-products.lua}), one round trip on the shared connection: a pipeline would need a dedicated connection,
 * and without a pool Lettuce opens (and handshakes) a new one each time. A write is a Lua script that keeps the
 * higher version. No expiry: catalog's events keep it fresh.
 */
@Repository
class RedisProductCopies implements ProductCopies {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final RedisScript<Long> SAVE = LuaScripts.load("redis/save-product.lua", Long.class);

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> READ = LuaScripts.load("redis/read-products.lua", List.class);

    private final StringRedisTemplate redis;

    RedisProductCopies(StringRedisTemplate redis) {
        this.redis = redis;
    }

    static String key(UUID productId) {
        return "basket:product:" + productId;
    }

    @Override
    public Map<UUID, ProductSnapshot> find(Collection<UUID> productIds) {
        if (productIds.isEmpty()) {
            return new LinkedHashMap<>();
        }
        var ids = List.copyOf(productIds);
        var keys = ids.stream().map(RedisProductCopies::key).toList();
        List<?> values = RedisFailures.translate(() -> redis.execute(READ, keys));
        return decode(ids, values);
    }

    /** The copies a script read ({@code HGET key d} per id, in order; null where there is none), by product id. */
    static Map<UUID, ProductSnapshot> decode(List<UUID> ids, List<?> values) {
        var result = new LinkedHashMap<UUID, ProductSnapshot>();
        for (int i = 0; i < ids.size(); i++) {
            var value = values.get(i);
            if (value != null) {
                result.put(
                        ids.get(i), JSON.readValue(value.toString(), Data.class).toSnapshot(ids.get(i)));
            }
        }
        return result;
    }

    @Override
    public void save(ProductSnapshot product) {
        RedisFailures.translate(() -> redis.execute(
                SAVE,
                List.of(key(product.productId())),
                Long.toString(product.version()),
                JSON.writeValueAsString(Data.of(product))));
    }

    record Data(
            String name,
            @Nullable String imageUrl,
            @Nullable UUID categoryId,
            BigDecimal price,
            String currency,
            boolean available,
            long version) {
        static Data of(ProductSnapshot p) {
            return new Data(
                    p.name(), p.imageUrl(), p.categoryId(), p.price(), p.currency(), p.available(), p.version());
        }

        ProductSnapshot toSnapshot(UUID id) {
            return new ProductSnapshot(id, name, imageUrl, categoryId, price, currency, available, version);
        }
    }
}
