package org.emporium.launcher;

import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.emporium.infra.embedded.ProcessFiles;

/**
 * PostgreSQL, Redis and the AMQP broker: the embedded servers in the infrastructure host process ({@link
 * InfraMain}), started, reused while they run, and stopped again, also when a hard-killed host left them
 * behind; or external servers, checked for reachability.
 */
final class Infrastructure {
    static final int POSTGRES_PORT = 25432;
    static final int REDIS_PORT = 26379;
    static final int AMQP_PORT = 25673;

    private static final Duration GRACE = Duration.ofSeconds(60);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 60;

    private final Platform.Options options;
    private final Layout layout;
    private final PrintStream out;
    private final boolean anyPorts;

    Infrastructure(Platform.Options options, boolean anyPorts) {
        this.options = options;
        this.layout = options.layout();
        this.out = options.out();
        this.anyPorts = anyPorts;
    }

    /** The infrastructure host, when it runs. */
    Optional<ProcessHandle> host() {
        return DetachedProcesses.live(layout.pidFile(Platform.INFRA), Platform.INFRA);
    }

    /** The embedded servers: the running ones if the host is up and ready, otherwise freshly started. */
    InfraEndpoints embedded(PortBook ports) {
        var readyFile = layout.infraReadyFile();
        var live = host();
        var ready = PropertiesFile.read(readyFile);
        if (live.isPresent() && Long.toString(live.get().pid()).equals(ready.get("pid"))) {
            int postgres = ports.choose("postgres", Integer.parseInt(ready.get("postgres")), true);
            int redis = ports.choose("redis", Integer.parseInt(ready.get("redis")), true);
            int amqp = ports.choose("amqp", Integer.parseInt(ready.get("amqp")), true);
            out.printf(
                    "Infrastructure already running (pid %d): PostgreSQL :%d, Redis :%d, AMQP :%d%n",
                    live.get().pid(), postgres, redis, amqp);
            return InfraEndpoints.embedded(postgres, redis, amqp);
        }
        // Whatever is left of an earlier run (a half-started host, servers of a hard-killed one) goes first,
        // so it neither holds the remembered ports nor the data directories.
        live.ifPresent(p -> ProcessFiles.stop(p, GRACE));
        stopOrphanedServers();
        int postgres = ports.choose("postgres", anyPorts ? 0 : POSTGRES_PORT, false);
        int redis = ports.choose("redis", anyPorts ? 0 : REDIS_PORT, false);
        int amqp = ports.choose("amqp", anyPorts ? 0 : AMQP_PORT, false);
        ports.save();

        out.printf(
                "Infrastructure: PostgreSQL :%d, Redis :%d, Qpid Broker-J (AMQP 0-9-1) :%d, data in %s%n",
                postgres, redis, amqp, layout.root());
        DetachedProcesses.deleteQuietly(readyFile);
        var logFile = layout.logFile(Platform.INFRA);
        LogFiles.rotate(logFile, LogFiles.header(Platform.INFRA));
        var command = List.of(
                options.javaCommand(),
                "-Xms24m",
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "--sun-misc-unsafe-memory-access=allow",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dderby.stream.error.file=" + layout.amqpWork().resolve("derby.log"),
                DetachedProcesses.MARKER + Platform.INFRA,
                InfraMain.class.getName(),
                layout.root().toString(),
                Integer.toString(postgres),
                Integer.toString(redis),
                Integer.toString(amqp));
        var env = new LinkedHashMap<>(options.environment());
        env.put("CLASSPATH", JarCopies.stableClasspath(options.classpath(), layout, layout.launcherJars()));
        var started = Instant.now();
        var process = DetachedProcesses.start(command, env, layout.root(), logFile, layout.pidFile(Platform.INFRA));
        var lastProgress = started;
        while (true) {
            var readyNow = PropertiesFile.read(readyFile);
            if (Long.toString(process.pid()).equals(readyNow.get("pid"))) {
                break;
            }
            if (!process.isAlive()) {
                throw new LaunchException(
                        "The infrastructure did not start (exit code " + exitCode(process) + "); log: " + logFile,
                        LogFiles.tailText(logFile, LOG_TAIL_LINES));
            }
            if (Elapsed.longerThan(started, options.infraTimeout())) {
                ProcessFiles.stop(process.toHandle(), GRACE);
                throw new LaunchException(
                        "The infrastructure was not ready within "
                                + options.infraTimeout().toSeconds() + " s; log: " + logFile,
                        LogFiles.tailText(logFile, LOG_TAIL_LINES));
            }
            if (Elapsed.longerThan(lastProgress, PROGRESS_EVERY)) {
                lastProgress = Instant.now();
                out.printf("  ... still starting the infrastructure (%d s)%n", Elapsed.seconds(started));
            }
            Elapsed.pause(Duration.ofMillis(200));
        }
        out.printf("  infrastructure ready (pid %d, %.1f s)%n", process.pid(), Elapsed.secondsExact(started));
        return InfraEndpoints.embedded(postgres, redis, amqp);
    }

    /** The servers named by the environment, once each answers. */
    InfraEndpoints external() {
        InfraEndpoints infra;
        try {
            infra = InfraEndpoints.fromEnvironment(options.environment());
        } catch (IllegalArgumentException e) {
            throw new LaunchException(e.getMessage(), "");
        }
        out.printf(
                "Infrastructure (external): PostgreSQL %s:%d as %s, Redis %s:%d, AMQP %s:%d as %s%n",
                infra.postgres().host(),
                infra.postgres().port(),
                infra.postgres().adminUser(),
                infra.redis().host(),
                infra.redis().port(),
                infra.amqp().host(),
                infra.amqp().port(),
                infra.amqp().username());
        try (var connection = DatabaseProvisioning.adminDataSource(infra).getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new LaunchException(
                    "Cannot connect to PostgreSQL at " + infra.adminJdbcUrl() + " as "
                            + infra.postgres().adminUser()
                            + " (set EMPORIUM_POSTGRES_URL, EMPORIUM_POSTGRES_USER, EMPORIUM_POSTGRES_PASSWORD): "
                            + e.getMessage(),
                    "");
        }
        if (!Platform.reachable(infra.redis().host(), infra.redis().port())) {
            throw new LaunchException(
                    "Nothing listens at Redis " + infra.redis().host() + ":"
                            + infra.redis().port() + " (set EMPORIUM_REDIS_HOST, EMPORIUM_REDIS_PORT)",
                    "");
        }
        if (!Platform.reachable(infra.amqp().host(), infra.amqp().port())) {
            throw new LaunchException(
                    "Nothing listens at AMQP " + infra.amqp().host() + ":"
                            + infra.amqp().port()
                            + " (set EMPORIUM_AMQP_HOST, EMPORIUM_AMQP_PORT, EMPORIUM_AMQP_USER, EMPORIUM_AMQP_PASSWORD)",
                    "");
        }
        return infra;
    }

    /**
     * Stops the host and the servers, also those a hard-killed host left.
     *
     * @return what was stopped, for the user
     */
    List<String> stop() {
        var stopped = new java.util.ArrayList<String>();
        var host = host();
        if (host.isPresent()) {
            out.println("Stopping the infrastructure (PostgreSQL, Redis, Qpid Broker-J) ...");
            ProcessFiles.stop(host.get(), GRACE);
            stopped.add("infrastructure");
        }
        if (stopOrphanedServers()) {
            stopped.add("servers left by a hard-killed run");
        }
        DetachedProcesses.deleteQuietly(layout.pidFile(Platform.INFRA));
        DetachedProcesses.deleteQuietly(layout.infraReadyFile());
        DetachedProcesses.deleteQuietly(layout.endpointsFile());
        return stopped;
    }

    /** PostgreSQL and Redis run as processes of their own and outlive a hard-killed infrastructure host. */
    private boolean stopOrphanedServers() {
        boolean postgres = ProcessFiles.stopLeftover(
                layout.postgresData().resolve("postmaster.pid"), "postgres", Duration.ofSeconds(30));
        boolean redis =
                ProcessFiles.stopLeftover(layout.redisData().resolve("redis.pid"), "redis", Duration.ofSeconds(10));
        return postgres || redis;
    }

    /** The server processes (PostgreSQL's postmaster, Redis), when they run. */
    List<ProcessHandle> servers() {
        var result = new java.util.ArrayList<ProcessHandle>();
        ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid"))
                .ifPresent(result::add);
        ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid")).ifPresent(result::add);
        return result;
    }

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }
}
