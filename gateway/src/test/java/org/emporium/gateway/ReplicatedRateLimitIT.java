package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.emporium.platform.test.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two gateway replicas on one Redis: the shared context and a second application context started here with the same
 * configuration. A client alternating between them gets the {@code replicated} budget (burst 40, one a minute;
 * each replica may grant {@code floor(40 * 0.05) = 2} on its own between synchronisations) and at most the stated
 * error more: 2 per replica.
 */
class ReplicatedRateLimitIT extends GatewayTestSupport {
    private static final int BURST = 40;
    private static final int PER_REPLICA_ERROR = 2;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startSecondReplica() {
        second = new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("it")
                .properties(
                        "server.port=0",
                        "spring.data.redis.host=" + TestInfrastructure.redis().host(),
                        "spring.data.redis.port=" + TestInfrastructure.redis().port(),
                        "emporium.security.issuer-uri=" + Tokens.ISSUER,
                        "emporium.security.jwk-set-uri=" + IDENTITY.url() + "/oauth2/jwks",
                        "emporium.services.identity.url=" + IDENTITY.url(),
                        "emporium.services.catalog.url=" + CATALOG.url())
                .run();
    }

    @AfterAll
    static void stopSecondReplica() {
        if (second != null) {
            second.close();
        }
    }

    @BeforeEach
    void fullBudgets() {
        forgetRateLimits();
    }

    @Test
    void aClientAlternatingBetweenReplicasGetsTheBudgetPlusAtMostTheStatedErrorPerReplica() {
        int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
        var replicas = new WebTestClient[] {
            client,
            WebTestClient.bindToServer()
                    .baseUrl("http://127.0.0.1:" + secondPort)
                    .responseTimeout(Duration.ofSeconds(15))
                    .build()
        };
        int passed = 0;
        for (int i = 0; i < 3 * BURST; i++) {
            int status = replicas[i % 2]
                    .get()
                    .uri("/api/catalog/replica-probe/1")
                    .exchange()
                    .returnResult(Void.class)
                    .getStatus()
                    .value();
            assertThat(status).isIn(200, 429);
            if (status == 200) {
                passed++;
            }
        }
        // one more token may have been refilled while the test ran (one a minute)
        assertThat(passed)
                .as("the burst, plus at most %d per replica and one refill", PER_REPLICA_ERROR)
                .isBetween(BURST, BURST + 2 * PER_REPLICA_ERROR + 1);
        assertThat(CATALOG.count("/api/catalog/replica-probe/1")).isEqualTo(passed);
    }
}
