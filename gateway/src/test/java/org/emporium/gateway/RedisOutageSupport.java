package org.emporium.gateway;

import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.net.TcpProxy;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The shared gateway set-up, but with Redis reached through a TCP proxy a test can cut. */
public abstract class RedisOutageSupport extends GatewayTestSupport {
    private static final TcpProxy REDIS = TcpProxy.start(
            TestInfrastructure.redis().host(), TestInfrastructure.redis().port());

    @DynamicPropertySource
    static void redisThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.host", REDIS::host);
        registry.add("spring.data.redis.port", REDIS::port);
        // the proxy adds a hop on a loaded 2-core machine: the 500 ms of production would time out its handshake
        registry.add("spring.data.redis.timeout", () -> "1500ms");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.emporium.gateway.ratelimit.RateLimitStore rateLimitStore;

    /**
     * Full budgets again, once Lettuce has reconnected to Redis (after a restore it reconnects with back-off), both
     * the template's connection and the rate limiter's own.
     */
    protected void resetBudgets() {
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .ignoreExceptions()
                .untilAsserted(this::forgetRateLimits);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(60))
                .until(rateLimitStore::reachable);
    }

    protected TcpProxy redisProxy() {
        return REDIS;
    }

    /** An anonymous request on the it profile's {@code probe} budget, claiming {@code forwardedFor} (ignored from an untrusted peer: every call is one client). */
    protected WebTestClient.ResponseSpec probe(String forwardedFor) {
        return client.get()
                .uri("/api/catalog/rate-probe/1")
                .header("X-Forwarded-For", forwardedFor)
                .exchange();
    }
}
