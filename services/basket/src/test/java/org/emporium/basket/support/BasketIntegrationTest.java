package org.emporium.basket.support;

import java.math.BigDecimal;
import java.util.UUID;
import org.emporium.basket.application.ProductCopies;
import org.emporium.basket.domain.ProductSnapshot;
import org.emporium.platform.test.RealInfrastructure;
import org.emporium.platform.test.ServiceIntegrationTest;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.emporium.platform.test.net.TcpProxy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The one Spring context basket integration tests share: the whole service on a random port against real Redis,
 * reached through a {@link TcpProxy} so that {@code RedisOutageIT} can take Redis away from this same context (no
 * extra context, no stopping the JVM's shared Redis).
 */
@RealInfrastructure(postgres = false, amqp = true, redis = false)
public abstract class BasketIntegrationTest extends ServiceIntegrationTest {
    /** Redis as the service sees it; cut and restored only by RedisOutageIT, which restores it before it ends. */
    protected static final TcpProxy REDIS = redisProxy();

    @Autowired
    protected StringRedisTemplate redis;

    @Autowired
    protected ProductCopies products;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", REDIS::host);
        registry.add("spring.data.redis.port", REDIS::port);
    }

    private static TcpProxy redisProxy() {
        var server = TestInfrastructure.redis();
        var proxy = TcpProxy.start(server.host(), server.port());
        Runtime.getRuntime().addShutdownHook(new Thread(proxy::close, "basket-redis-proxy-stop"));
        return proxy;
    }

    /** A customer token for a fresh customer (its own basket). */
    protected static String customer() {
        return TestTokens.customer();
    }

    /** A product in the local copy (as catalog's events would have brought it). */
    protected ProductSnapshot product(String price, String currency) {
        var product = new ProductSnapshot(
                UUID.randomUUID(), "Product " + price, null, null, new BigDecimal(price), currency, true, 1);
        products.save(product);
        return product;
    }
}
