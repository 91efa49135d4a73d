package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * On a cloud platform (here: Kubernetes, as Spring Boot detects it from the environment) Spring Boot would let the
 * web server rewrite the peer address from the client's own {@code Forwarded} / {@code X-Forwarded-For} before any
 * filter runs. The gateway turns that off: only {@code emporium.gateway.trusted-proxies} decides whose forwarding
 * headers count, wherever it runs.
 */
@TestPropertySource(properties = "spring.main.cloud-platform=kubernetes")
class CloudPlatformForwardingIT extends GatewayTestSupport {

    @Test
    void aClientCannotChooseItsAddressOnKubernetes() {
        forgetRateLimits();

        client.get()
                .uri("/api/catalog/products")
                .header("Forwarded", "for=203.0.113.9;proto=https;host=evil.example")
                .exchange()
                .expectStatus()
                .isOk();
        var viaForwarded = CATALOG.last();
        client.get()
                .uri("/api/catalog/products")
                .header("X-Forwarded-For", "203.0.113.10")
                .header("X-Forwarded-Proto", "https")
                .exchange()
                .expectStatus()
                .isOk();
        var viaXForwardedFor = CATALOG.last();

        for (var seen : java.util.List.of(viaForwarded, viaXForwardedFor)) {
            assertThat(seen.header("x-forwarded-for")).isEqualTo("127.0.0.1");
            assertThat(seen.header("x-forwarded-proto")).isEqualTo("http");
            assertThat(seen.header("x-forwarded-host")).isEqualTo("127.0.0.1:" + port);
        }
    }
}
