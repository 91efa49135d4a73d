package org.emporium.platform.observability.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.emporium.platform.test.TestInfrastructure;
import org.emporium.platform.test.net.TcpProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform's health groups on a real service: readiness follows the service's own database (an orchestrator
 * stops sending traffic while it is gone, and resumes when it is back) but not the broker (the outbox buffers events
 * through a broker outage, so the API stays up); liveness depends on neither (a restart would not bring them back).
 * The whole health document still reports the broker, for alerts. Database and broker are reached through TCP
 * proxies the test cuts.
 */
class ReadinessIT {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static TcpProxy database;
    private static TcpProxy broker;
    private static ConfigurableApplicationContext app;
    private static String base;

    /** An empty service: only the platform defaults, a datasource and a broker connection. */
    @SpringBootApplication
    static class Service {}

    @BeforeAll
    static void start() {
        var postgres = TestInfrastructure.postgres();
        var amqp = TestInfrastructure.amqp();
        database = TcpProxy.start(postgres.host(), postgres.port());
        broker = TcpProxy.start(amqp.host(), amqp.port());
        var url = TestInfrastructure.createDatabase("readiness")
                .replace(postgres.host() + ":" + postgres.port(), database.host() + ":" + database.port());
        app = new SpringApplicationBuilder(Service.class)
                .run(
                        "--server.port=0",
                        "--spring.application.name=readiness-it",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + postgres.adminUser(),
                        "--spring.datasource.password=" + postgres.adminPassword(),
                        // a cut database must make the check fail fast, not after the 30 s default
                        "--spring.datasource.hikari.connection-timeout=1000",
                        "--spring.datasource.hikari.validation-timeout=1000",
                        "--spring.rabbitmq.host=" + broker.host(),
                        "--spring.rabbitmq.port=" + broker.port(),
                        "--spring.rabbitmq.username=" + amqp.username(),
                        "--spring.rabbitmq.password=" + amqp.password(),
                        "--spring.rabbitmq.connection-timeout=1s");
        base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void readinessFollowsTheDatabaseWhileLivenessDoesNot() throws Exception {
        awaitStatus("/actuator/health/readiness", 200);

        database.cut();
        try {
            awaitStatus("/actuator/health/readiness", 503);
            assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        } finally {
            database.restore();
        }

        awaitStatus("/actuator/health/readiness", 200);
    }

    @Test
    void aBrokerOutageShowsInHealthButKeepsTheServiceReady() throws Exception {
        awaitStatus("/actuator/health/readiness", 200);
        awaitStatus("/actuator/health", 200);

        broker.cut();
        try {
            // once the broker check has seen the outage, readiness must still be UP
            awaitStatus("/actuator/health", 503);
            assertThat(status("/actuator/health/readiness")).isEqualTo(200);
            assertThat(status("/actuator/health/liveness")).isEqualTo(200);
        } finally {
            broker.restore();
        }

        awaitStatus("/actuator/health", 200);
    }

    @Test
    void theWholeHealthDocumentNamesNoInternals() throws Exception {
        var readiness = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        var body = HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();

        // Components are listed by name for operators; details (URLs, versions, errors) never are.
        assertThat(readiness).contains("\"db\"").doesNotContain("\"rabbit\"");
        assertThat(body).contains("\"db\"", "\"rabbit\"").doesNotContain("jdbc:", "version", "error");
    }

    private static void awaitStatus(String path, int expected) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertThat(status(path)).isEqualTo(expected));
    }

    private static int status(String path) throws Exception {
        return HTTP.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
