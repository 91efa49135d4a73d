package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

class RateLimitIT extends GatewayTestSupport {

    @BeforeEach
    void fullBudgets() {
        forgetRateLimits();
    }

    @Test
    void anonymousRegistrationsAreLimitedPerClientAndRecover() {
        // Burst 2, one more a second. Spring Cloud Gateway's Lua bucket counts Redis' clock in whole seconds
        // (TIME[1]), so a burst that happens to straddle a second boundary earns the one token of that second: send
        // until refused and allow for it, instead of asserting that exactly the third is refused.
        int passed = 0;
        EntityExchangeResult<String> refused = null;
        while (refused == null && passed <= 3) {
            var result = register().expectBody(String.class).returnResult();
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
                passed++;
            }
        }
        assertThat(refused).as("refused once the burst is spent").isNotNull();
        assertThat(passed)
                .as("the burst of 2, plus at most one token of a second boundary")
                .isBetween(2, 3);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseBody()).contains("\"GATEWAY.RATE_LIMITED\"");
        var retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(IDENTITY.count("/api/identity/users")).isEqualTo(passed);

        // The bucket is Spring Cloud Gateway's Redis script, which reads the time from Redis (TIME), so the test
        // cannot advance it; it waits for the condition instead (a refused request takes no token, so polling is
        // harmless) and asserts no duration.
        Awaitility.await()
                .atMost(Duration.ofSeconds(retryAfter + 10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> register().returnResult(Void.class).getStatus().value() == 200);
        assertThat(IDENTITY.count("/api/identity/users")).isEqualTo(passed + 1);
    }

    @Test
    void checkoutIsLimitedPerUserNotForEveryone() {
        var alice = bearer(TOKENS.valid("alice"));
        var bob = bearer(TOKENS.valid("bob"));

        checkout(alice).expectStatus().isOk();
        var refused = checkout(alice).expectStatus().isEqualTo(429).returnResult(Void.class);
        // The bucket refills continuously: a second between the two calls already makes it 59 s.
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After")))
                .as("seconds until alice's next checkout (one a minute)")
                .isBetween(50L, 60L);
        checkout(bob).expectStatus().isOk();

        client.get()
                .uri("/api/ordering/orders")
                .header("Authorization", alice)
                .exchange()
                .expectStatus()
                .isOk(); // other operations draw on the default budget
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec register() {
        return client.post()
                .uri("/api/identity/users")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"a@b.c\"}")
                .exchange();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec checkout(String authorization) {
        return client.post()
                .uri("/api/ordering/orders")
                .header("Authorization", authorization)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange();
    }
}
