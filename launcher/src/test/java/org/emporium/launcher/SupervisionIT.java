package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor through the launcher, with real processes: a "gateway" built from {@link FakeService}, killed by
 * its pid, comes back, and {@code down} while a restart is pending leaves nothing running.
 */
class SupervisionIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private Platform platform;
    private final List<ProcessHandle> seen = new ArrayList<>();

    @AfterEach
    void tearDown() {
        if (platform != null) {
            platform.down();
        }
        seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void aKilledServiceIsRestartedAndStatusShowsTheRestarts() throws Exception {
        platform = platformWithFakeGateway(Map.of());
        var started = platform.up().service(ServiceRegistry.GATEWAY).orElseThrow();
        var first = ProcessHandle.of(started.pid()).orElseThrow();
        seen.addAll(platform.liveProcesses());
        assertThat(line(Supervisor.NAME).health()).startsWith("watching gateway");

        kill(first);

        var second = awaitRestart(1);
        assertThat(line(ServiceRegistry.GATEWAY).lastExit()).isEqualTo(ExitReason.UNKNOWN);
        assertThat(Readiness.probe(started.port(), second.pid()).ready()).isTrue();

        // Now the supervisor's own child: its exit status is known.
        kill(second);

        var third = awaitRestart(2);
        assertThat(third.pid()).isNotEqualTo(second.pid());
        assertThat(line(ServiceRegistry.GATEWAY).lastExit()).isEqualTo("killed by signal 9 (SIGKILL)");
        assertThat(Files.readString(platform.layout().logFile(Supervisor.NAME)))
                .contains("restarted gateway (restart 1", "restarted gateway (restart 2");

        // Another up replaces the supervisor but keeps the service it restarted (its child process) running.
        var again = platform.up().service(ServiceRegistry.GATEWAY).orElseThrow();
        assertThat(again.pid()).isEqualTo(third.pid());
        assertThat(third.isAlive()).isTrue();
    }

    @Test
    void downWhileARestartIsPendingLeavesNothingRunning() throws Exception {
        platform = platformWithFakeGateway(Map.of("EMPORIUM_RESTART_BACKOFF", "3600"));
        var started = platform.up().service(ServiceRegistry.GATEWAY).orElseThrow();
        var processes = platform.liveProcesses();
        seen.addAll(processes);

        kill(ProcessHandle.of(started.pid()).orElseThrow());
        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(line(ServiceRegistry.GATEWAY).health()).startsWith("restart pending"));

        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(platform.liveProcesses()).isEmpty();
        assertThat(line(Supervisor.NAME).health()).isEqualTo("stopped");
        assertThat(line(ServiceRegistry.GATEWAY).health()).isEqualTo("stopped");
        assertThat(line(ServiceRegistry.GATEWAY).restarts()).isZero();
    }

    private ProcessHandle awaitRestart(int restarts) {
        await().atMost(PATIENCE).untilAsserted(() -> {
            var line = line(ServiceRegistry.GATEWAY);
            assertThat(line.restarts()).isEqualTo(restarts);
            assertThat(line.health()).isEqualTo("UP");
        });
        var handle = ProcessHandle.of(
                        Long.parseLong(line(ServiceRegistry.GATEWAY).pid()))
                .orElseThrow();
        seen.add(handle);
        return handle;
    }

    private Platform.StatusLine line(String name) {
        return platform.status().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static void kill(ProcessHandle process) throws Exception {
        process.destroyForcibly();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private Platform platformWithFakeGateway(Map<String, String> extra) throws IOException {
        var repository = Files.createDirectories(dir.resolve("repository"));
        FakeService.writeJar(repository.resolve("gateway/target/gateway-exec.jar"));
        var env = new HashMap<>(System.getenv());
        env.put("EMPORIUM_PORTS", "any");
        env.putAll(extra);
        return new Platform(Platform.Options.defaults(new Layout(repository, dir.resolve("data")), false)
                .withEnvironment(env));
    }
}
