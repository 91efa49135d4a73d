package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

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
                .value(names -> assertThat((List<Object>) names)
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
    void thePublicSeesOnlyTheGatewaysHealthStatus() {
        for (var path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isOk()
                    .expectBody()
                    .jsonPath("$.status")
                    .isEqualTo("UP")
                    .jsonPath("$.components")
                    .doesNotExist();
        }

        for (var path : List.of(
                "/actuator/prometheus",
                "/actuator/info",
                "/actuator/metrics",
                "/actuator",
                "/actuator/health/redis",
                "/actuator/health/readiness/redis",
                "/actuator/%70rometheus")) {
            client.get()
                    .uri(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", bearer(TOKENS.valid("admin-1")))
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.code")
                    .isEqualTo("REQUEST.NOT_FOUND");
        }
    }

    @Test
    void aPrivilegedLocalClientSeesTheWholeActuator() {
        var local = clientFrom("127.0.0.2"); // actuator-clients in the it profile
        local.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
        local.get()
                .uri("/actuator/info")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.process.pid")
                .isNumber();
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
    void refusesChunkedBodiesThatGrowPastTheLimit() {
        var chunk = new byte[64 * 1024];
        // no Content-Length: the body is sent chunked and only counting it shows it is too large (1.25 MB > 1 MB)
        var body = Flux.range(0, 20).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));

        client.post()
                .uri("/api/basket/items")
                .header("Authorization", bearer(TOKENS.valid("customer-1")))
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(body, DataBuffer.class)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code")
                .isEqualTo("REQUEST.BODY_TOO_LARGE")
                .jsonPath("$.detail")
                .isEqualTo("The request body is larger than 1024 KB");

        assertThat(BASKET.received()).as("the upload to basket was aborted").isEmpty();
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
