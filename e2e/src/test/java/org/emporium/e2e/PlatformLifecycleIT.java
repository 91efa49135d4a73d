package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.ConnectionFactory;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.emporium.launcher.Platform;
import org.emporium.launcher.ServiceDefinition;
import org.emporium.launcher.ServiceRegistry;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * The platform comes up with every built service ready, and goes down leaving nothing running. Runs after every
 * other e2e class ({@code @Order(MAX_VALUE)}, see junit-platform.properties) because its last test stops the
 * shared platform. With no service built yet it still proves the infrastructure's lifecycle.
 */
@ExtendWith(PlatformExtension.class)
@Isolated
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlatformLifecycleIT {

    @Test
    @Order(1)
    void everyBuiltServiceIsUpAndReady(RunningPlatform platform) throws Exception {
        var built = ServiceRegistry.SERVICES.stream()
                .filter(s -> s.execJar(platform.layout().repository()).isPresent())
                .map(ServiceDefinition::name)
                .toList();

        assertThat(platform.services())
                .extracting(Platform.StartedService::name)
                .containsExactlyInAnyOrderElementsOf(built);
        assertThat(platform.status())
                .filteredOn(line -> built.contains(line.name()))
                .hasSize(built.size())
                .allSatisfy(line -> assertThat(line.health()).as(line.name()).isEqualTo("UP"));
        assertInfrastructureAnswers(platform);
        // For the record (docs/benchmarks.md, start-up and footprint): the platform's memory after the journeys.
        System.out.print("==> the platform's memory after the e2e journeys" + System.lineSeparator()
                + MemoryReport.of(platform.processes()));
        if (platform.gateway().isPresent()) {
            var readiness = platform.client().get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        }
    }

    @Test
    @Order(2)
    void shutsDownLeavingNothingRunning(RunningPlatform platform) {
        var processes = platform.processes();
        var ports = new ArrayList<Integer>();
        platform.services().forEach(s -> ports.add(s.port()));
        if (!platform.external()) {
            var infra = platform.infrastructure();
            ports.addAll(List.of(
                    infra.postgres().port(), infra.redis().port(), infra.amqp().port()));
            assertThat(processes).as("infrastructure host, PostgreSQL, Redis").hasSizeGreaterThanOrEqualTo(3);
        }
        assertThat(processes).hasSizeGreaterThanOrEqualTo(platform.services().size());

        platform.stop();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(platform.processes()).isEmpty();
        assertThat(ports).noneMatch(PlatformLifecycleIT::listening);
    }

    private static void assertInfrastructureAnswers(RunningPlatform platform) throws Exception {
        var infra = platform.infrastructure();
        try (var connection = DriverManager.getConnection(
                infra.adminJdbcUrl(),
                infra.postgres().adminUser(),
                infra.postgres().adminPassword())) {
            assertThat(connection.isValid(5)).isTrue();
        }
        for (var service : platform.services()) {
            var definition = ServiceRegistry.byName(service.name()).orElseThrow();
            if (definition.needsDatabase()) {
                try (var connection = DriverManager.getConnection(
                                infra.adminJdbcUrl(),
                                infra.postgres().adminUser(),
                                infra.postgres().adminPassword());
                        var statement = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    statement.setString(1, service.name());
                    assertThat(statement.executeQuery().next())
                            .as("database of " + service.name())
                            .isTrue();
                }
            }
        }
        try (var socket = new Socket()) {
            socket.connect(
                    new InetSocketAddress(infra.redis().host(), infra.redis().port()), 2000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            var reply = new byte[5];
            assertThat(socket.getInputStream().readNBytes(reply, 0, 5)).isEqualTo(5);
            assertThat(new String(reply, StandardCharsets.US_ASCII)).isEqualTo("+PONG");
        }
        var factory = new ConnectionFactory();
        factory.setHost(infra.amqp().host());
        factory.setPort(infra.amqp().port());
        factory.setUsername(infra.amqp().username());
        factory.setPassword(infra.amqp().password());
        try (var connection = factory.newConnection()) {
            assertThat(connection.isOpen()).isTrue();
        }
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
