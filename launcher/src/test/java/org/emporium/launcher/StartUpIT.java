package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.emporium.infra.embedded.ProcessFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code up} and {@code down} with real processes (the embedded PostgreSQL, Redis and Qpid, services built from
 * {@link FakeService}): services start side by side on their dependencies, a failing one is named with its log and
 * what needs it is not started, and {@code down} leaves no process, also after {@code kill -9} of the launcher (in
 * the middle of a start) or of the supervisor.
 */
class StartUpIT {
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    private Platform platform;
    private final List<ProcessHandle> seen = new ArrayList<>();
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @AfterEach
    void tearDown() {
        if (platform != null) {
            platform.down();
        }
        seen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    @Test
    void upThenDownLeavesNoProcess() throws Exception {
        var repository = repository();
        FakeService.writeJar(repository.resolve("services/identity/target/identity-exec.jar"));
        FakeService.writeJar(repository.resolve("gateway/target/gateway-exec.jar"));
        platform = platform(repository, table("identity -", "gateway identity"), Map.of());

        var running = platform.up();

        assertThat(running.services()).extracting(Platform.StartedService::name).containsExactly("identity", "gateway");
        assertThat(printed())
                .containsPattern("identity +:\\d+ +ready in \\d+\\.\\d s \\(pid \\d+\\)")
                .containsPattern("gateway +:\\d+ +ready in \\d+\\.\\d s \\(pid \\d+\\)");
        assertThat(position("identity +:\\d+ +ready in"))
                .as("the gateway, after identity in this table, starts once identity is ready")
                .isLessThan(position("gateway +:\\d+ +starting"));
        assertThat(line("gateway").health()).isEqualTo("UP");
        assertThat(line("gateway").rss()).endsWith("MiB");
        assertThat(line("gateway").uptime()).matches("\\d+s|\\d+m\\d\\ds");
        var processes = platform.liveProcesses();
        seen.addAll(processes);
        assertThat(processes).hasSizeGreaterThanOrEqualTo(6); // 2 services, supervisor, host, postmaster, redis
        var ports = ports(running);

        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(platform.liveProcesses()).isEmpty();
        assertThat(ports).noneMatch(StartUpIT::listening);
        assertThat(line("gateway").health()).isEqualTo("stopped");
        assertThat(line("gateway").pid()).isEqualTo("-");
    }

    @Test
    void aFailingServiceIsNamedWithItsLogAndWhatNeedsItIsNotStarted() throws Exception {
        var repository = repository();
        FakeService.writeBrokenJar(
                repository.resolve("services/identity/target/identity-exec.jar"), "org.emporium.identity.Missing");
        FakeService.writeJar(repository.resolve("services/catalog/target/catalog-exec.jar"));
        FakeService.writeJar(repository.resolve("services/comment/target/comment-exec.jar"));
        FakeService.writeJar(repository.resolve("gateway/target/gateway-exec.jar"));
        platform =
                platform(repository, table("identity -", "catalog identity", "comment catalog", "gateway -"), Map.of());

        assertThatThrownBy(platform::up).isInstanceOfSatisfying(LaunchException.class, e -> {
            assertThat(e.getMessage())
                    .startsWith("identity failed to start: the process exited with code 1")
                    .contains("identity.log")
                    .contains("catalog not started: it needs identity")
                    .contains("comment not started: it needs catalog");
            assertThat(e.logTail()).contains("org.emporium.identity.Missing");
        });
        seen.addAll(platform.liveProcesses());

        assertThat(printed())
                .containsPattern("identity +:\\d+ +FAILED after \\d+\\.\\d s: the process exited with code 1")
                .containsPattern("catalog +:\\d+ +not started: it needs identity, which failed")
                .containsPattern("comment +:\\d+ +not started: it needs catalog, which was not started")
                .containsPattern("gateway +:\\d+ +ready in");
        assertThat(platform.layout().pidFile("catalog")).doesNotExist();
        assertThat(platform.layout().pidFile("comment")).doesNotExist();
        assertThat(line("catalog").health()).isEqualTo("stopped");
        assertThat(line("gateway").health())
                .as("what does not need identity still starts")
                .isEqualTo("UP");
    }

    @Test
    void emporiumUpExitsNonZeroNamingTheServiceThatFailed() throws Exception {
        var repository = repository();
        FakeService.writeBrokenJar(
                repository.resolve("services/identity/target/identity-exec.jar"), "org.emporium.identity.Missing");
        platform = platform(repository, ServiceRegistry.SERVICES, Map.of());

        var cli = cli(repository, Map.of(), "up").redirectErrorStream(true).start();
        var text = new String(cli.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(cli.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isTrue();
        assertThat(cli.exitValue()).as(text).isEqualTo(1);
        assertThat(text)
                .contains("emporium: identity failed to start: the process exited with code 1")
                .contains("org.emporium.identity.Missing");
    }

    @Test
    void downCleansUpAfterTheLauncherWasKilledHardInTheMiddleOfAStart() throws Exception {
        var repository = repository();
        FakeService.writeJar(repository.resolve("services/identity/target/identity-exec.jar"));
        FakeService.writeJar(repository.resolve("gateway/target/gateway-exec.jar"));
        var slow = Map.of("FAKE_SERVICE_DELAY_MS", "600000");
        platform = platform(repository, ServiceRegistry.SERVICES, slow);
        var cli = cli(repository, slow, "up")
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("up.log").toFile())
                .start();
        seen.add(cli.toHandle());
        var layout = platform.layout();
        await().atMost(PATIENCE)
                .until(() -> DetachedProcesses.live(layout.pidFile("gateway"), "gateway")
                        .isPresent());
        var processes = platform.liveProcesses();
        seen.addAll(processes);

        cli.destroyForcibly();
        cli.onExit().get(30, TimeUnit.SECONDS);
        assertThat(processes).as("what the launcher started outlives it").allMatch(ProcessHandle::isAlive);

        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(platform.liveProcesses()).isEmpty();
        assertThat(ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid")))
                .isEmpty();
    }

    @Test
    void downCleansUpAfterTheSupervisorWasKilledHard() throws Exception {
        var repository = repository();
        FakeService.writeJar(repository.resolve("gateway/target/gateway-exec.jar"));
        platform = platform(repository, ServiceRegistry.SERVICES, Map.of());
        var running = platform.up();
        var layout = platform.layout();
        var supervisor = DetachedProcesses.live(layout.pidFile(Supervisor.NAME), Supervisor.NAME)
                .orElseThrow();
        var processes = platform.liveProcesses();
        seen.addAll(processes);

        supervisor.destroyForcibly();
        supervisor.onExit().get(30, TimeUnit.SECONDS);
        assertThat(line(Supervisor.NAME).health()).isEqualTo("stopped");
        assertThat(line("gateway").health())
                .as("services outlive their supervisor")
                .isEqualTo("UP");

        platform.down();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(platform.liveProcesses()).isEmpty();
        assertThat(ports(running)).noneMatch(StartUpIT::listening);
    }

    /**
     * The real gateway jar (built before the launcher in the reactor): the first {@code up} starts it at once without
     * a cache, the supervisor then trains one in the background, the next start uses it (the JVM reports no AOT
     * error), and a start with a garbage cache still succeeds.
     */
    @Test
    void aBootJarStartsAtOnceIsTrainedInTheBackgroundThenStartsWithItsCacheAndABrokenCacheNeverStopsAStart()
            throws Exception {
        var built = Path.of("..", "gateway", "target", "gateway-exec.jar");
        assertThat(built)
                .as("the gateway's exec jar (./emporium mvn -B install -DskipTests -pl gateway -am builds it)")
                .isRegularFile();
        var repository = repository();
        var jar = repository.resolve("gateway/target/gateway-exec.jar");
        Files.createDirectories(jar.getParent());
        Files.copy(built, jar);
        FakeService.writeJar(repository.resolve("services/identity/target/identity-exec.jar"));
        platform = platform(repository, table("identity -", "gateway -"), Map.of("EMPORIUM_AOT_DELAY", "0"));

        platform.up();

        assertThat(printed())
                .doesNotContain("training")
                .containsPattern("gateway +:\\d+ +starting \\(pid \\d+; no AOT cache yet: trained in the background")
                .containsPattern("gateway +:\\d+ +ready in");
        var supervisorLog = platform.layout().logFile(Supervisor.NAME);
        await().atMost(Duration.ofMinutes(10))
                .pollInterval(Duration.ofSeconds(1))
                .untilAsserted(
                        () -> assertThat(Files.readString(supervisorLog)).contains("AOT cache of gateway written in"));
        assertThat(Files.readString(supervisorLog))
                .as("a fake jar is not a Boot jar: nothing to train")
                .doesNotContain("training the AOT cache of identity");
        var cache = onlyCache(platform.layout());
        seen.addAll(platform.liveProcesses());
        platform.down();

        output.reset();
        platform.up();

        assertThat(printed()).containsPattern("gateway +:\\d+ +starting \\(pid \\d+, AOT cache\\)");
        var log = platform.layout().logFile("gateway");
        assertThat(Files.readString(log)).contains("with AOT cache " + cache).doesNotContainPattern(AOT_ERROR);
        seen.addAll(platform.liveProcesses());
        platform.down();

        output.reset();
        Files.writeString(cache, "not a cache");
        var again = platform.up();

        assertThat(printed()).containsPattern("gateway +:\\d+ +ready in");
        assertThat(Files.readString(log)).containsPattern(AOT_ERROR);
        assertThat(again.service("gateway")).isPresent();
        seen.addAll(platform.liveProcesses());
    }

    private static final String AOT_ERROR = "\\[error *\\]\\[aot";

    private static Path onlyCache(Layout layout) throws IOException {
        try (var files = Files.walk(layout.aot())) {
            var caches = files.filter(f -> f.getFileName().toString().equals(AotCache.CACHE_FILE))
                    .toList();
            assertThat(caches).hasSize(1);
            return caches.getFirst();
        }
    }

    // ---------------------------------------------------------------- helpers

    private Path repository() throws IOException {
        return Files.createDirectories(dir.resolve("repository"));
    }

    /** Lines of {@code name after}: real names (the environment contract needs identity and gateway). */
    private static List<ServiceDefinition> table(String... lines) {
        var table = new StringBuilder();
        for (var line : lines) {
            var columns = line.split(" ");
            var real = ServiceRegistry.byName(columns[0]).orElseThrow();
            table.append(columns[0])
                    .append(' ')
                    .append(real.preferredPort())
                    .append(' ')
                    .append(real.module())
                    .append(" - ")
                    .append(columns[1])
                    .append(" -\n");
        }
        return ServiceRegistry.parse(table.toString());
    }

    private Platform platform(Path repository, List<ServiceDefinition> services, Map<String, String> extra) {
        var env = new HashMap<>(System.getenv());
        env.put("EMPORIUM_PORTS", "any");
        env.putAll(extra);
        return new Platform(Platform.Options.defaults(Layout.of(repository), false)
                .withEnvironment(env)
                .withServices(services)
                .withOut(new PrintStream(output, true, StandardCharsets.UTF_8)));
    }

    /** {@code ./emporium <args>} as the script runs it, on {@code repository}'s data folder. */
    private static ProcessBuilder cli(Path repository, Map<String, String> extra, String... args) {
        var command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m",
                "-Demporium.home=" + repository,
                "-cp",
                System.getProperty("java.class.path"),
                Emporium.class.getName()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command);
        builder.environment().put("EMPORIUM_PORTS", "any");
        builder.environment().putAll(extra);
        return builder;
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }

    private int position(String regex) {
        var matcher = java.util.regex.Pattern.compile(regex).matcher(printed());
        assertThat(matcher.find()).as(regex + " in " + printed()).isTrue();
        return matcher.start();
    }

    private Platform.StatusLine line(String name) {
        return platform.status().stream()
                .filter(l -> l.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<Integer> ports(Platform.Running running) {
        var ports = new ArrayList<Integer>();
        running.services().forEach(s -> ports.add(s.port()));
        var infra = running.infrastructure();
        ports.addAll(List.of(
                infra.postgres().port(), infra.redis().port(), infra.amqp().port()));
        return ports;
    }

    private static boolean listening(int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
