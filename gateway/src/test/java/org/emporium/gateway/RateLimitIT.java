package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class RateLimitIT extends GatewayTestSupport {

    @BeforeEach
    void fullBudgets() {
        forgetRateLimits();
    }

    @Test
    void anonymousRegistrationsAreLimitedPerClientAndRecover() {
        register().expectStatus().isOk();
        register().expectStatus().isOk();

        var refused = register()
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("GATEWAY.RATE_LIMITED")
                .returnResult();
        var retryAfter = Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 2L);
        assertThat(IDENTITY.count("/api/identity/users")).isEqualTo(2);

        // The bucket is Spring Cloud Gateway's Redis script, which reads the time from Redis (TIME), so the test
        // cannot advance it; it waits for the condition instead (a refused request takes no token, so polling is
        // harmless) and asserts no duration.
        Awaitility.await()
                .atMost(Duration.ofSeconds(retryAfter + 10))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> register().returnResult(Void.class).getStatus().value() == 200);
        assertThat(IDENTITY.count("/api/identity/users")).isEqualTo(3);
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
