package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.ConnectionFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.emporium.infra.embedded.ProcessFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The infrastructure lifecycle through the launcher, in a data folder of its own and with no service built:
 * real servers on non-default ports, {@code down} leaving no process, and recovery from a hard-killed host.
 */
class LauncherIT {
    private static final Set<Integer> DEFAULT_PORTS = Set.of(5432, 6379, 5672);

    @TempDir
    Path dir;

    private Platform platform;
    private final List<ProcessHandle> seen = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        var repository = Files.createDirectories(dir.resolve("repository-without-services"));
        var layout = new Layout(repository, dir.resolve("data"));
        platform = new Platform(Platform.Options.defaults(layout, false));
    }

    @AfterEach
    void tearDown() {
        platform.down();
        seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aServiceThatCannotStartIsNamedWithTheTailOfItsLog() throws Exception {
        // An identity "build" whose main class does not exist: the JVM starts, prints why, and exits with code 1.
        var repository = Files.createDirectories(dir.resolve("repository-with-a-broken-identity"));
        var target = Files.createDirectories(repository.resolve("services/identity/target"));
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.emporium.identity.Missing");
        try (var jar = new JarOutputStream(Files.newOutputStream(target.resolve("identity-exec.jar")), manifest)) {
            jar.flush();
        }
        var broken = new Platform(Platform.Options.defaults(new Layout(repository, dir.resolve("data")), false));
        try {
            assertThatThrownBy(broken::up).isInstanceOfSatisfying(LaunchException.class, e -> {
                assertThat(e.getMessage())
                        .startsWith("identity failed to start: the process exited with code 1")
                        .contains("identity.log");
                assertThat(e.logTail()).contains("org.emporium.identity.Missing");
            });
        } finally {
            seen.addAll(broken.liveProcesses());
            broken.down();
        }
    }

    @Test
    void infrastructureIsReachableOnNonDefaultPortsAndDownLeavesNoProcess() throws Exception {
        var running = platform.up();

        var infra = running.infrastructure();
        assertThat(List.of(
                        infra.postgres().port(),
                        infra.redis().port(),
                        infra.amqp().port()))
                .doesNotContainAnyElementsOf(DEFAULT_PORTS);
        assertThat(running.services()).isEmpty();
        assertThat(running.notBuilt()).contains("identity", "gateway");
        assertReachable(infra);

        var processes = platform.liveProcesses();
        seen.addAll(processes);
        assertThat(processes).hasSizeGreaterThanOrEqualTo(3); // host JVM, postmaster (+ backends), redis

        var again = platform.up();
        assertThat(again.infrastructure()).isEqualTo(infra);
        assertThat(processes).allMatch(ProcessHandle::isAlive);

        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(platform.liveProcesses()).isEmpty();
        assertThat(Platform.reachable("127.0.0.1", infra.postgres().port())).isFalse();
        assertThat(Platform.reachable("127.0.0.1", infra.redis().port())).isFalse();
        assertThat(Platform.reachable("127.0.0.1", infra.amqp().port())).isFalse();
        assertThat(platform.status())
                .filteredOn(line -> List.of("postgres", "redis", "amqp").contains(line.name()))
                .extracting(Platform.StatusLine::health)
                .containsOnly("stopped");
    }

    @Test
    void upAfterTheHostWasKilledHardStopsTheOrphansAndWorks() throws Exception {
        var first = platform.up().infrastructure();
        var layout = platform.layout();
        var host = ProcessFiles.liveProcess(layout.pidFile(Platform.INFRA)).orElseThrow();
        var postmaster = ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid"))
                .orElseThrow();
        var redis = ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid"))
                .orElseThrow();
        var orphans = new ArrayList<>(postmaster.descendants().toList());
        orphans.add(postmaster);
        orphans.add(redis);
        seen.addAll(orphans);

        host.destroyForcibly();
        host.onExit().get(30, TimeUnit.SECONDS);
        assertThat(orphans).as("servers outlive a hard-killed host").allMatch(ProcessHandle::isAlive);

        var second = platform.up().infrastructure();

        assertThat(orphans).noneMatch(ProcessHandle::isAlive);
        assertThat(second).as("remembered ports are reused").isEqualTo(first);
        assertReachable(second);
        var processes = platform.liveProcesses();
        seen.addAll(processes);

        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void downStopsServersLeftByAHardKilledHostEvenWithoutAnotherUp() throws Exception {
        platform.up();
        var layout = platform.layout();
        var host = ProcessFiles.liveProcess(layout.pidFile(Platform.INFRA)).orElseThrow();
        var processes = platform.liveProcesses();
        seen.addAll(processes);

        host.destroyForcibly();
        host.onExit().get(30, TimeUnit.SECONDS);
        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
    }

    private static void assertReachable(InfraEndpoints infra) throws Exception {
        try (var connection = DriverManager.getConnection(
                        infra.adminJdbcUrl(),
                        infra.postgres().adminUser(),
                        infra.postgres().adminPassword());
                var result = connection.createStatement().executeQuery("SELECT version()")) {
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).startsWith("PostgreSQL 17");
        }
        assertThat(redisPing(infra.redis().port())).isEqualTo("+PONG");
        var factory = new ConnectionFactory();
        factory.setHost(infra.amqp().host());
        factory.setPort(infra.amqp().port());
        factory.setUsername(infra.amqp().username());
        factory.setPassword(infra.amqp().password());
        try (var connection = factory.newConnection();
                var channel = connection.createChannel()) {
            channel.queueDeclare("launcher.it", true, false, false, null);
            channel.confirmSelect();
            channel.basicPublish("", "launcher.it", null, "hello".getBytes(StandardCharsets.UTF_8));
            channel.waitForConfirmsOrDie(Duration.ofSeconds(5).toMillis());
            assertThat(channel.basicGet("launcher.it", true).getBody())
                    .asString(StandardCharsets.UTF_8)
                    .isEqualTo("hello");
        }
    }

    private static String redisPing(int port) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2000);
            socket.setSoTimeout(2000);
            socket.getOutputStream().write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            var in = socket.getInputStream();
            var reply = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\r') {
                reply.append((char) c);
            }
            return reply.toString();
        }
    }
}
