package org.emporium.basket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.emporium.platform.test.ProblemAssertions.assertProblem;

import java.time.Duration;
import java.util.Map;
import org.emporium.basket.support.BasketIntegrationTest;
import org.emporium.platform.test.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Redis taken away from the running service (the shared context's Redis proxy is cut: open connections dropped, new
 * ones refused): reads and writes are 503 {@code BASKET.STORE_UNAVAILABLE} within the bounded Redis timeouts,
 * readiness is DOWN while liveness stays UP, and once Redis is back the service answers again by itself (Lettuce
 * reconnects; nothing is restarted).
 */
class RedisOutageIT extends BasketIntegrationTest {

    @AfterEach
    void restoreRedis() {
        REDIS.restore();
    }

    @Test
    void redisDownIsA503ProblemAndNotReadyThenTheServiceRecoversByItself() {
        var product = product("4.20", "EUR");
        var client = as(customer());
        assertThat(client.post("/api/basket/lines", Map.of("productId", product.productId(), "quantity", 1))
                        .status())
                .isEqualTo(200);
        awaitStatus("/actuator/health/readiness", 200);

        REDIS.cut();

        assertProblem(client.get("/api/basket"), 503, "BASKET.STORE_UNAVAILABLE");
        assertProblem(
                client.put("/api/basket/lines/" + product.productId(), Map.of("quantity", 3)),
                503,
                "BASKET.STORE_UNAVAILABLE");
        assertProblem(
                client.post("/api/basket/lines", Map.of("productId", product.productId(), "quantity", 1)),
                503,
                "BASKET.STORE_UNAVAILABLE");
        assertProblem(client.delete("/api/basket"), 503, "BASKET.STORE_UNAVAILABLE");
        awaitStatus("/actuator/health/readiness", 503);
        assertThat(status("/actuator/health/liveness"))
                .as("a restart would not bring Redis back")
                .isEqualTo(200);

        REDIS.restore();

        awaitStatus("/actuator/health/readiness", 200);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(
                        () -> assertThat(client.get("/api/basket").status()).isEqualTo(200));
        var basket = client.get("/api/basket").json();
        assertThat(basket.get("lines")).hasSize(1);
        assertThat(basket.get("lines").get(0).get("quantity").asInt())
                .as("no write made while Redis was down was applied")
                .isEqualTo(1);
        var changed = client.put("/api/basket/lines/" + product.productId(), Map.of("quantity", 3));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("lines").get(0).get("quantity").asInt()).isEqualTo(3);
    }

    private void awaitStatus(String path, int expected) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(status(path)).isEqualTo(expected));
    }

    private int status(String path) {
        return ApiClient.at("http://127.0.0.1:" + port).get(path).status();
    }
}
