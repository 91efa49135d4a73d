package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** comment has a 1 s timeout and a breaker that opens after 4 calls at 50 % failures, for 2 s. */
class ResilienceIT extends GatewayTestSupport {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Autowired
    EdgeProperties edge;

    @BeforeEach
    void closedBreaker() {
        breakers.circuitBreaker("comment").reset();
    }

    @AfterEach
    void serviceBack() {
        COMMENT.delay(Duration.ZERO);
        COMMENT.restart();
    }

    @Test
    void aSlowServiceAnswers503WithinItsTimeout() {
        COMMENT.delay(Duration.ofSeconds(5)); // longer than comment's 1 s timeout

        get("/api/comment/reviews")
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("GATEWAY.SERVICE_UNAVAILABLE")
                .jsonPath("$.detail")
                .isEqualTo("comment did not answer in time");
        // the detail is the timeout's (not a connection failure's): the gateway gave up before comment answered.
        // How fast it answers is bench/'s concern, not a test's.
    }

    @Test
    void aServiceThatIsDownAnswers503AndRecoversWhenItIsBack() {
        COMMENT.stop();
        for (int i = 0; i < 6; i++) {
            get("/api/comment/reviews")
                    .expectStatus()
                    .isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("GATEWAY.SERVICE_UNAVAILABLE");
        }

        COMMENT.restart();
        // the failures opened the breaker: let its wait pass (on the breaker's clock) so the next call may try again
        TestClocks.BREAKER.advance(edge.circuitBreaker().waitInOpenState().plusSeconds(1));

        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(300))
                .untilAsserted(() -> get("/api/comment/reviews").expectStatus().isOk());
    }

    @Test
    void opensTheBreakerAfterTooManyFailuresAndClosesItAfterTheWait() {
        COMMENT.stop();
        for (int i = 0; i < 4; i++) { // minimum-number-of-calls: 4, every one fails
            get("/api/comment/reviews").expectStatus().isEqualTo(503);
        }
        COMMENT.restart(); // healthy again, but the breaker cannot know yet

        get("/api/comment/reviews")
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals("Retry-After", "5")
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("GATEWAY.SERVICE_UNAVAILABLE")
                .jsonPath("$.detail")
                .isEqualTo("comment is failing; calls are paused for a moment");
        assertThat(COMMENT.received())
                .as("the open breaker answered; comment was not called")
                .isEmpty();

        // Still open a little before the wait is over (the breaker's clock is TestClocks.BREAKER, not the wall clock)
        TestClocks.BREAKER.advance(edge.circuitBreaker().waitInOpenState().minusMillis(100));
        get("/api/comment/reviews").expectStatus().isEqualTo(503);
        assertThat(COMMENT.received()).as("still open: comment was not called").isEmpty();

        // ... and half open once it is over: the breaker turns half open when a call arrives after its wait.
        TestClocks.BREAKER.advance(Duration.ofMillis(200));
        get("/api/comment/reviews").expectStatus().isOk(); // half open: the one trial call, and it succeeds
        // The breaker records the trial when the proxied exchange completes, which may be just after the client has
        // its answer: until then it is still half open with no call left to permit.
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(
                        () -> assertThat(breakers.circuitBreaker("comment").getState())
                                .isEqualTo(CircuitBreaker.State.CLOSED));
        get("/api/comment/reviews").expectStatus().isOk();
        assertThat(COMMENT.received()).hasSize(2);
        assertThat(breakers.circuitBreaker("comment").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void retriesOnlyIdempotentRequestsThatNeverReachedTheService() {
        FlakyUpstream.INSTANCE.resetCount();
        get("/api/message/notifications").expectStatus().isEqualTo(503);
        assertThat(FlakyUpstream.INSTANCE.connections())
                .as("GET: first try and two retries")
                .isEqualTo(3);

        FlakyUpstream.INSTANCE.resetCount();
        client.post()
                .uri("/api/message/messages")
                .header("Authorization", bearer(TOKENS.valid("r-1")))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(503);
        assertThat(FlakyUpstream.INSTANCE.connections())
                .as("POST: never retried")
                .isEqualTo(1);
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec get(String uri) {
        return client.get()
                .uri(uri)
                .header("Authorization", bearer(TOKENS.valid("reader")))
                .exchange();
    }
}
