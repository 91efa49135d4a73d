package org.emporium.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The deployment shape for Kubernetes: the actuator on a management port of its own (MANAGEMENT_SERVER_PORT). */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortIT extends GatewayTestSupport {

    @LocalManagementPort
    int managementPort;

    @Test
    void servesTheActuatorOnTheManagementPortOnly() {
        var management = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + managementPort)
                .responseTimeout(Duration.ofSeconds(15))
                .build();
        management
                .get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .value(metrics -> assertThat(metrics).contains("jvm_memory_used_bytes"));
        management.get().uri("/actuator/info").exchange().expectStatus().isOk();
        management
                .get()
                .uri("/actuator/health/liveness")
                .exchange()
                .expectStatus()
                .isOk();
        management
                .get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk();

        for (var path : List.of("/actuator/prometheus", "/actuator/info", "/actuator/health/readiness")) {
            client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectHeader()
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.get().uri("/api/catalog/products").exchange().expectStatus().isOk();
        assertThat(CATALOG.received()).hasSize(1);
    }
}
