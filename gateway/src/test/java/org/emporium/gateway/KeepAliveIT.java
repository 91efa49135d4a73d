package org.emporium.gateway;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * A client that keeps its connection (an ingress, a browser, a probe with keep-alive) sends request after request
 * on it. Answers the gateway gives from memory (health) used to leave such a connection unread now and then, so the
 * next request waited until the client gave up (Reactor Netty 1.3.6, see {@link GatewayApplication}).
 */
class KeepAliveIT extends GatewayTestSupport {

    @Test
    void answersEveryRequestOnOneKeptAliveConnection() {
        var oneConnection =
                ConnectionProvider.builder("keep-alive-it").maxConnections(1).build();
        try {
            var keptAlive = WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(oneConnection)))
                    .baseUrl("http://127.0.0.1:" + port)
                    .responseTimeout(Duration.ofSeconds(5))
                    .build();
            var paths = List.of("/actuator/health/liveness", "/actuator/health/readiness");
            for (int i = 0; i < 300; i++) {
                keptAlive
                        .get()
                        .uri(paths.get(i % paths.size()))
                        .exchange()
                        .expectStatus()
                        .isOk();
            }
        } finally {
            oneConnection.dispose();
        }
    }
}
