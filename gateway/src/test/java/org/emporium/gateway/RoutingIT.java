package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;

@ExtendWith(OutputCaptureExtension.class)
class RoutingIT extends GatewayTestSupport {

    @Test
    void routesApiPathsToTheirServiceUnchanged() {
        client.get()
                .uri("/api/catalog/products?q=lamp&page=2")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("catalog");

        assertThat(CATALOG.last().uri()).isEqualTo("/api/catalog/products?q=lamp&page=2");
    }

    @Test
    void routesIdentityEndpointsAtTheRootToIdentity() {
        client.get()
                .uri("/.well-known/openid-configuration")
                .exchange()
                .expectStatus()
                .isOk();
        client.post()
                .uri("/oauth2/token")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(IDENTITY.received())
                .extracting(StubService.Received::uri)
                .containsExactly("/.well-known/openid-configuration", "/oauth2/token");
    }

    @Test
    void keepsTheClientsHostSoServicesLinkBackToTheGateway() {
        client.get()
                .uri("/.well-known/openid-configuration")
                .header("Host", "shop.example:8080")
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(IDENTITY.last().header("host")).isEqualTo("shop.example:8080");
    }

    @Test
    void servesEachServicesOpenApiDocumentUnderItsName() {
        client.get()
                .uri("/v3/api-docs/basket")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("basket");

        assertThat(BASKET.last().uri()).isEqualTo("/v3/api-docs");
    }

    @Test
    void swaggerUiListsEveryDeployedService() {
        client.get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].name")
                .value(names -> assertThat((java.util.List<Object>) names)
                        .contains("identity", "catalog", "basket", "ordering", "comment")
                        .doesNotContain("statistics"))
                .jsonPath("$.urls[?(@.name == 'catalog')].url")
                .isEqualTo("/v3/api-docs/catalog");
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void aServiceWithoutUrlAnswers503() {
        client.get()
                .uri("/api/statistics/sales")
                .header("Authorization", bearer(TOKENS.valid("admin-1")))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("GATEWAY.SERVICE_NOT_CONFIGURED");
    }

    @Test
    void unknownPathsAreProblemDocuments() {
        client.get()
                .uri("/api/nowhere/at-all")
                .header("Authorization", bearer(TOKENS.valid("customer-1")))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("REQUEST.NOT_FOUND");
    }

    @Test
    void servicesActuatorsAreNeverReachable() {
        var token = bearer(TOKENS.valid("admin-1"));
        client.get()
                .uri("/actuator/env")
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
        client.get()
                .uri("/api/catalog/actuator/health")
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri("/api/basket/Actuator/env")
                .header("Authorization", token)
                .exchange()
                .expectStatus()
                .isNotFound();
        client.get()
                .uri(URI.create("http://127.0.0.1:" + port + "/api/catalog/..%2F..%2Factuator/health"))
                .exchange()
                .expectStatus()
                .is4xxClientError();
        client.get()
                .uri(URI.create("http://127.0.0.1:" + port + "/api/catalog/%2e%2e/%2e%2e/actuator/health"))
                .exchange()
                .expectStatus()
                .is4xxClientError();
        client.get()
                .uri(URI.create("http://127.0.0.1:" + port + "/api/catalog;x=1/actuator/health"))
                .exchange()
                .expectStatus()
                .is4xxClientError();

        assertThat(CATALOG.received()).isEmpty();
        assertThat(BASKET.received()).isEmpty();
    }

    @Test
    void theGatewaysOwnHealthAndMetricsAreServed() {
        client.get()
                .uri("/actuator/health")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk();
    }

    @Test
    void refusesBodiesOverTheLimit() {
        var twoMegabytes = new byte[2 * 1024 * 1024];
        client.post()
                .uri("/api/basket/items")
                .header("Authorization", bearer(TOKENS.valid("customer-1")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .bodyValue(twoMegabytes)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("REQUEST.BODY_TOO_LARGE");

        assertThat(BASKET.received()).isEmpty();
    }

    @Test
    void sendsSecurityHeaders() {
        client.get()
                .uri("/api/catalog/products")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader()
                .valueEquals("Content-Security-Policy", "frame-ancestors 'none'");
    }

    @Test
    void continuesTheCallersTraceAndLogsOneLinePerRequest(CapturedOutput output) {
        var traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.get()
                .uri("/api/catalog/products/42")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus()
                .isOk();

        var forwarded = CATALOG.last().header("traceparent");
        assertThat(forwarded).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(5))
                .untilAsserted(() -> assertThat(output.getOut())
                        .containsPattern(
                                "GET /api/catalog/products/42 200 \\d+ms route=catalog client=127.0.0.1 user=- trace="
                                        + traceId));
    }
}
