package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Who the client is, as services and rate limits see it. Requests from 127.0.0.1 come from a client like any other;
 * requests from 127.0.0.2 come through the trusted proxy of the it profile (an ingress).
 */
@ExtendWith(OutputCaptureExtension.class)
class ClientAddressIT extends GatewayTestSupport {
    static final String TRUSTED_PROXY = "127.0.0.2";

    @BeforeEach
    void fullBudgets() {
        forgetRateLimits();
    }

    @Test
    void tellsServicesTheClientsAddressSchemeHostAndPort() {
        client.get().uri("/api/catalog/products").exchange().expectStatus().isOk();

        var seen = CATALOG.last();
        assertThat(seen.header("x-forwarded-for")).isEqualTo("127.0.0.1");
        assertThat(seen.header("x-forwarded-proto")).isEqualTo("http");
        assertThat(seen.header("x-forwarded-host")).isEqualTo("127.0.0.1:" + port);
        assertThat(seen.header("x-forwarded-port")).isEqualTo(Integer.toString(port));
    }

    @Test
    void ignoresForwardingHeadersFromAClientThatIsNotATrustedProxy() {
        client.get()
                .uri("/api/catalog/products")
                .header("X-Forwarded-For", "203.0.113.66")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Port", "443")
                .header("X-Forwarded-Prefix", "/evil")
                .header("X-Real-IP", "203.0.113.66")
                .header("Forwarded", "for=203.0.113.66;proto=https")
                .exchange()
                .expectStatus()
                .isOk();

        var seen = CATALOG.last();
        assertThat(seen.header("x-forwarded-for")).isEqualTo("127.0.0.1");
        assertThat(seen.header("x-forwarded-proto")).isEqualTo("http");
        assertThat(seen.header("x-forwarded-host")).isEqualTo("127.0.0.1:" + port);
        assertThat(seen.header("x-forwarded-port")).isEqualTo(Integer.toString(port));
        assertThat(seen.headers()).doesNotContainKeys("x-forwarded-prefix", "x-real-ip", "forwarded");
    }

    @Test
    void believesATrustedProxyAndAddsItToTheChain(CapturedOutput output) {
        clientFrom(TRUSTED_PROXY)
                .get()
                .uri("/api/catalog/products/7")
                // the ingress appended the address it saw (203.0.113.7) to what the client sent
                .header("X-Forwarded-For", "198.51.100.9, 203.0.113.7")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "shop.example.com")
                .header("X-Forwarded-Port", "443")
                .header("Forwarded", "for=198.51.100.9")
                .exchange()
                .expectStatus()
                .isOk();

        var seen = CATALOG.last();
        assertThat(seen.header("x-forwarded-for"))
                .as("the client's own entry is dropped, the proxy appended")
                .isEqualTo("203.0.113.7, " + TRUSTED_PROXY);
        assertThat(seen.header("x-forwarded-proto")).isEqualTo("https");
        assertThat(seen.header("x-forwarded-host")).isEqualTo("shop.example.com");
        assertThat(seen.header("x-forwarded-port")).isEqualTo("443");
        assertThat(seen.headers()).doesNotContainKey("forwarded");
        Awaitility.await()
                .atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(output.getOut())
                        .containsPattern(
                                "GET /api/catalog/products/7 200 \\d+ms route=catalog client=203\\.0\\.113\\.7 "));
    }

    @Test
    void aTrustedProxyThatForwardsNoChainIsItselfTheClient() {
        clientFrom(TRUSTED_PROXY)
                .get()
                .uri("/api/catalog/products")
                .exchange()
                .expectStatus()
                .isOk();

        var seen = CATALOG.last();
        assertThat(seen.header("x-forwarded-for")).isEqualTo(TRUSTED_PROXY);
        assertThat(seen.header("x-forwarded-proto")).isEqualTo("http");
        assertThat(seen.header("x-forwarded-port")).isEqualTo(Integer.toString(port));
    }

    @Test
    void anonymousClientsBehindATrustedProxyHaveABucketEach() {
        var ingress = clientFrom(TRUSTED_PROXY);
        probe(ingress, "203.0.113.1").expectStatus().isOk();
        probe(ingress, "203.0.113.1").expectStatus().isOk();
        probe(ingress, "203.0.113.1").expectStatus().isEqualTo(429);

        probe(ingress, "203.0.113.2").expectStatus().isOk();
    }

    @Test
    void aSpoofedAddressDoesNotBuyAClientANewBucket() {
        probe(client, "198.51.100.1").expectStatus().isOk();
        probe(client, "198.51.100.1").expectStatus().isOk();

        probe(client, "198.51.100.2").expectStatus().isEqualTo(429);
    }

    /** The it profile's {@code probe} budget: 2 at once, then one a minute, per anonymous client. */
    private static WebTestClient.ResponseSpec probe(WebTestClient from, String forwardedFor) {
        return from.get()
                .uri("/api/catalog/rate-probe/1")
                .header("X-Forwarded-For", forwardedFor)
                .exchange();
    }
}
