package org.emporium.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.emporium.infra.embedded.PostgresAdmin;
import org.emporium.infra.embedded.ProcessFiles;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One platform instance in one data folder: brings up the infrastructure (embedded or external), provisions a
 * database per service, starts every built service in dependency order and waits for each to be ready; stops
 * everything again, also what a hard-killed earlier run left behind. Used by {@code ./emporium} and the e2e
 * suite alike.
 */
public final class Platform {
    static final int POSTGRES_PORT = 25432;
    static final int REDIS_PORT = 26379;
    static final int AMQP_PORT = 25673;
    static final String INFRA = "infra";

    private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);
    private static final Duration INFRA_GRACE = Duration.ofSeconds(60);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 60;

    /**
     * How to run.
     *
     * @param environment the environment services inherit (and external endpoints are read from)
     * @param classpath for the infrastructure host JVM: the launcher and its dependencies
     */
    public record Options(
            Layout layout,
            boolean external,
            Map<String, String> environment,
            PrintStream out,
            Duration infraTimeout,
            Duration serviceTimeout,
            int parallelism,
            List<String> serviceJvmOptions,
            String javaCommand,
            String classpath) {

        public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS =
                List.of("-Xmx256m", "-Xss512k", "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError");

        /**
         * Defaults from this JVM and its environment; {@code EMPORIUM_START_TIMEOUT} (seconds per service),
         * {@code EMPORIUM_START_PARALLELISM} and {@code EMPORIUM_SERVICE_JAVA_OPTS} override.
         */
        public static Options defaults(Layout layout, boolean external) {
            var env = System.getenv();
            var jvm = Optional.ofNullable(env.get("EMPORIUM_SERVICE_JAVA_OPTS"))
                    .filter(s -> !s.isBlank())
                    .map(s -> List.of(s.trim().split("\\s+")))
                    .orElse(DEFAULT_SERVICE_JVM_OPTIONS);
            return new Options(
                    layout,
                    external,
                    env,
                    System.out,
                    Duration.ofSeconds(180),
                    Duration.ofSeconds(number(env, "EMPORIUM_START_TIMEOUT", 300)),
                    (int) number(
                            env,
                            "EMPORIUM_START_PARALLELISM",
                            Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 3)),
                    jvm,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    absoluteClasspath(System.getProperty("java.class.path")));
        }

        public Options withOut(PrintStream out) {
            return new Options(
                    layout,
                    external,
                    environment,
                    out,
                    infraTimeout,
                    serviceTimeout,
                    parallelism,
                    serviceJvmOptions,
                    javaCommand,
                    classpath);
        }

        public Options withEnvironment(Map<String, String> environment) {
            return new Options(
                    layout,
                    external,
                    Map.copyOf(environment),
                    out,
                    infraTimeout,
                    serviceTimeout,
                    parallelism,
                    serviceJvmOptions,
                    javaCommand,
                    classpath);
        }

        private static long number(Map<String, String> env, String name, long fallback) {
            var value = env.get(name);
            try {
                return value == null || value.isBlank() ? fallback : Math.max(1, Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a number, not " + value);
            }
        }

        private static String absoluteClasspath(String classpath) {
            return String.join(
                    java.io.File.pathSeparator,
                    Arrays.stream(classpath.split(java.io.File.pathSeparator))
                            .filter(s -> !s.isBlank())
                            .map(s -> Path.of(s).toAbsolutePath().toString())
                            .toList());
        }
    }

    /** A service process that is up and ready. */
    public record StartedService(String name, int port, long pid) {
        public String url() {
            return "http://127.0.0.1:" + port;
        }
    }

    /** What {@code up} brought up. */
    public record Running(
            InfraEndpoints infrastructure,
            Map<String, Integer> ports,
            List<StartedService> services,
            List<String> notBuilt) {

        public Optional<StartedService> service(String name) {
            return services.stream().filter(s -> s.name().equals(name)).findFirst();
        }

        /** The public URL clients use, when the gateway is built. */
        public Optional<String> gatewayUrl() {
            return service(ServiceRegistry.GATEWAY).map(g -> "http://localhost:" + g.port());
        }
    }

    /** One line of {@code status}. */
    public record StatusLine(String name, String address, String pid, String health) {}

    private final Options options;
    private final Layout layout;
    private final PrintStream out;

    public Platform(Options options) {
        this.options = options;
        this.layout = options.layout();
        this.out = options.out();
    }

    public Layout layout() {
        return layout;
    }

    // ---------------------------------------------------------------- up

    /**
     * Brings the platform up, reusing whatever of it already runs.
     *
     * @throws LaunchException naming what failed, with the tail of its log; what did start keeps running
     */
    /**
     * {@code EMPORIUM_PORTS=any} skips the well-known ports (8080, 9001…) and takes free ones: the e2e suite uses it
     * so that it never meets a platform a developer is running on the same machine.
     */
    private boolean anyPorts() {
        return "any".equalsIgnoreCase(options.environment().getOrDefault("EMPORIUM_PORTS", ""));
    }

    public Running up() {
        layout.createDirectories();
        refuseModeSwitch();
        var ports = PortBook.load(layout.portsFile());
        var infra = options.external() ? externalInfrastructure() : embeddedInfrastructure(ports);
        for (var service : ServiceRegistry.SERVICES) {
            ports.choose(
                    service.name(),
                    anyPorts() ? 0 : service.preferredPort(),
                    liveService(service.name()).isPresent());
        }
        ports.save();
        PropertiesFile.write(layout.endpointsFile(), infra.describe(), false);

        var built = new ArrayList<ServiceDefinition>();
        var notBuilt = new ArrayList<String>();
        for (var service : ServiceRegistry.SERVICES) {
            if (service.execJar(layout.repository()).isPresent()) {
                built.add(service);
            } else {
                notBuilt.add(service.name());
            }
        }
        provisionDatabases(infra, built);
        var started = new ArrayList<StartedService>();
        if (built.isEmpty()) {
            out.println("No service is built yet: only the infrastructure runs.");
        } else {
            out.println("Services (log files in " + layout.logs() + "):");
            for (var wave : ServiceRegistry.startWaves(built)) {
                started.addAll(startWave(wave, infra, ports.chosen()));
            }
        }
        if (!notBuilt.isEmpty()) {
            out.println("Not built, skipped: " + String.join(", ", notBuilt));
        }
        return new Running(infra, ports.chosen(), List.copyOf(started), List.copyOf(notBuilt));
    }

    private void refuseModeSwitch() {
        var recorded = PropertiesFile.read(layout.endpointsFile()).get("mode");
        var wanted = options.external() ? "external" : "embedded";
        if (recorded != null && !recorded.equals(wanted) && !liveProcesses().isEmpty()) {
            throw new LaunchException(
                    "The platform in " + layout.root() + " is running with " + recorded
                            + " infrastructure; stop it first (./emporium down) to switch to " + wanted + ".",
                    "");
        }
    }

    private InfraEndpoints embeddedInfrastructure(PortBook ports) {
        var readyFile = layout.infraReadyFile();
        var live = DetachedProcesses.live(layout.pidFile(INFRA), INFRA);
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
        live.ifPresent(p -> ProcessFiles.stop(p, INFRA_GRACE));
        stopOrphanedServers();
        int postgres = ports.choose("postgres", anyPorts() ? 0 : POSTGRES_PORT, false);
        int redis = ports.choose("redis", anyPorts() ? 0 : REDIS_PORT, false);
        int amqp = ports.choose("amqp", anyPorts() ? 0 : AMQP_PORT, false);
        ports.save();

        out.printf(
                "Infrastructure: PostgreSQL :%d, Redis :%d, Qpid Broker-J (AMQP 0-9-1) :%d, data in %s%n",
                postgres, redis, amqp, layout.root());
        DetachedProcesses.deleteQuietly(readyFile);
        var logFile = layout.logFile(INFRA);
        LogFiles.rotate(logFile, header(INFRA));
        var command = List.of(
                options.javaCommand(),
                "-Xmx256m",
                "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError",
                "--sun-misc-unsafe-memory-access=allow",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=info",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dderby.stream.error.file=" + layout.amqpWork().resolve("derby.log"),
                DetachedProcesses.MARKER + INFRA,
                InfraMain.class.getName(),
                layout.root().toString(),
                Integer.toString(postgres),
                Integer.toString(redis),
                Integer.toString(amqp));
        var env = new LinkedHashMap<>(options.environment());
        env.put("CLASSPATH", stableClasspath(options.classpath()));
        var started = Instant.now();
        var process = DetachedProcesses.start(command, env, layout.root(), logFile, layout.pidFile(INFRA));
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
            if (Duration.between(started, Instant.now()).compareTo(options.infraTimeout()) > 0) {
                ProcessFiles.stop(process.toHandle(), INFRA_GRACE);
                throw new LaunchException(
                        "The infrastructure was not ready within "
                                + options.infraTimeout().toSeconds() + " s; log: " + logFile,
                        LogFiles.tailText(logFile, LOG_TAIL_LINES));
            }
            if (Duration.between(lastProgress, Instant.now()).compareTo(PROGRESS_EVERY) > 0) {
                lastProgress = Instant.now();
                out.printf("  ... still starting the infrastructure (%d s)%n", seconds(started));
            }
            sleep(Duration.ofMillis(200));
        }
        out.printf("  infrastructure ready (pid %d, %.1f s)%n", process.pid(), secondsExact(started));
        return InfraEndpoints.embedded(postgres, redis, amqp);
    }

    /**
     * The host's classpath with every jar that lives in the repository (the launcher's own, rewritten by each
     * build) replaced by a copy in the data folder, so a rebuild while the platform runs cannot break it.
     */
    private String stableClasspath(String classpath) {
        var copies = layout.root().resolve("jars").resolve(INFRA);
        var entries = new ArrayList<String>();
        try {
            Files.createDirectories(copies);
            for (var entry : classpath.split(java.io.File.pathSeparator)) {
                var path = Path.of(entry);
                if (entry.endsWith(".jar") && Files.isRegularFile(path) && path.startsWith(layout.repository())) {
                    var copy = copies.resolve(path.getFileName());
                    if (!sameContent(path, copy)) {
                        Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    entries.add(copy.toString());
                } else {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare the infrastructure's classpath in " + copies, e);
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    /**
     * Reproducible builds give jars fixed timestamps, so small jars (ours) are compared byte by byte; large
     * third-party jars never change under the same name, size and time.
     */
    private static boolean sameContent(Path original, Path copy) throws IOException {
        if (!Files.exists(copy) || Files.size(copy) != Files.size(original)) {
            return false;
        }
        if (Files.size(original) < 4 * 1024 * 1024) {
            return Files.mismatch(original, copy) == -1;
        }
        return Files.getLastModifiedTime(copy).equals(Files.getLastModifiedTime(original));
    }

    private InfraEndpoints externalInfrastructure() {
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
        try (var connection = adminDataSource(infra).getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            throw new LaunchException(
                    "Cannot connect to PostgreSQL at " + infra.adminJdbcUrl() + " as "
                            + infra.postgres().adminUser()
                            + " (set EMPORIUM_POSTGRES_URL, EMPORIUM_POSTGRES_USER, EMPORIUM_POSTGRES_PASSWORD): "
                            + e.getMessage(),
                    "");
        }
        if (!reachable(infra.redis().host(), infra.redis().port())) {
            throw new LaunchException(
                    "Nothing listens at Redis " + infra.redis().host() + ":"
                            + infra.redis().port() + " (set EMPORIUM_REDIS_HOST, EMPORIUM_REDIS_PORT)",
                    "");
        }
        if (!reachable(infra.amqp().host(), infra.amqp().port())) {
            throw new LaunchException(
                    "Nothing listens at AMQP " + infra.amqp().host() + ":"
                            + infra.amqp().port()
                            + " (set EMPORIUM_AMQP_HOST, EMPORIUM_AMQP_PORT, EMPORIUM_AMQP_USER, EMPORIUM_AMQP_PASSWORD)",
                    "");
        }
        return infra;
    }

    private void provisionDatabases(InfraEndpoints infra, List<ServiceDefinition> services) {
        var secrets = Secrets.load(layout.secretsFile());
        var names = new ArrayList<String>();
        var admin = adminDataSource(infra);
        for (var service : services) {
            if (!service.needsDatabase()) {
                continue;
            }
            var password = secrets.databasePassword(service.name());
            try {
                PostgresAdmin.createDatabase(admin, service.name(), service.name(), password);
                // The role may predate this data folder (external server): make it take our password.
                try (var connection = admin.getConnection();
                        var statement = connection.createStatement()) {
                    statement.execute("ALTER ROLE " + service.name() + " WITH LOGIN PASSWORD '" + password + "'");
                }
            } catch (RuntimeException | SQLException e) {
                throw new LaunchException("Cannot provision the database of " + service.name() + ": " + e, "");
            }
            names.add(service.name());
        }
        if (!names.isEmpty()) {
            out.println("Databases ready: " + String.join(", ", names));
        }
    }

    private static PGSimpleDataSource adminDataSource(InfraEndpoints infra) {
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(infra.adminJdbcUrl());
        dataSource.setUser(infra.postgres().adminUser());
        dataSource.setPassword(infra.postgres().adminPassword());
        dataSource.setConnectTimeout(5);
        return dataSource;
    }

    private record Starting(
            ServiceDefinition service, int port, ProcessHandle handle, Process process, Instant since) {}

    /** Starts the services of one wave, at most {@code parallelism} at a time, and waits until all are ready. */
    private List<StartedService> startWave(
            List<ServiceDefinition> wave, InfraEndpoints infra, Map<String, Integer> ports) {
        var pending = new ArrayDeque<>(wave);
        var active = new ArrayList<Starting>();
        var ready = new ArrayList<StartedService>();
        var lastProgress = Instant.now();
        while (!pending.isEmpty() || !active.isEmpty()) {
            while (active.size() < options.parallelism() && !pending.isEmpty()) {
                var service = pending.poll();
                int port = ports.get(service.name());
                var live = liveService(service.name());
                if (live.isPresent()) {
                    active.add(new Starting(service, port, live.get(), null, Instant.now()));
                } else {
                    active.add(spawn(service, port, infra, ports));
                }
            }
            for (var iterator = active.iterator(); iterator.hasNext(); ) {
                var starting = iterator.next();
                var probe = Readiness.probe(starting.port(), starting.handle().pid());
                var name = starting.service().name();
                if (probe.answeredByAnotherProcess() && starting.process() != null) {
                    throw failure(
                            name,
                            "port " + starting.port() + " was taken by another program while it started ("
                                    + probe.describe() + "); run again to pick a free port");
                }
                if (probe.ready()) {
                    iterator.remove();
                    if (starting.process() == null) {
                        out.printf(
                                "  %-10s :%-5d already running and ready (pid %d)%n",
                                name, starting.port(), starting.handle().pid());
                    } else {
                        out.printf(
                                "  %-10s :%-5d ready (pid %d, %.1f s)%n",
                                name, starting.port(), starting.handle().pid(), secondsExact(starting.since()));
                    }
                    ready.add(new StartedService(
                            name, starting.port(), starting.handle().pid()));
                } else if (!starting.handle().isAlive()) {
                    throw failure(
                            name,
                            "the process exited"
                                    + (starting.process() == null ? "" : " with code " + exitCode(starting.process())));
                } else if (Duration.between(starting.since(), Instant.now()).compareTo(options.serviceTimeout()) > 0) {
                    throw failure(
                            name,
                            "not ready within " + options.serviceTimeout().toSeconds() + " s (readiness: "
                                    + probe.describe() + ")");
                }
            }
            if (!active.isEmpty()
                    && Duration.between(lastProgress, Instant.now()).compareTo(PROGRESS_EVERY) > 0) {
                lastProgress = Instant.now();
                out.println("  ... waiting for "
                        + String.join(
                                ", ",
                                active.stream()
                                        .map(s -> s.service().name() + " (" + seconds(s.since()) + " s)")
                                        .toList()));
            }
            if (!active.isEmpty()) {
                sleep(POLL);
            }
        }
        return ready;
    }

    private Starting spawn(ServiceDefinition service, int port, InfraEndpoints infra, Map<String, Integer> ports) {
        var built = service.execJar(layout.repository()).orElseThrow();
        var dataDir = layout.serviceData(service.name());
        // A running service reads classes from its jar: run a copy, so a rebuild cannot pull it from under it.
        var jar = layout.jarCopy(service.name());
        try {
            Files.createDirectories(dataDir);
            Files.createDirectories(jar.getParent());
            Files.copy(built, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare " + service.name() + " in " + layout.root(), e);
        }
        var password =
                service.needsDatabase() ? Secrets.load(layout.secretsFile()).databasePassword(service.name()) : "";
        var contract = ServiceEnvironment.contract(service, infra, ports, password, dataDir);
        contract.values().stream()
                .filter(v -> v.startsWith(dataDir.toString()))
                .forEach(v -> createDirectoriesQuietly(Path.of(v)));
        var env = ServiceEnvironment.processEnvironment(options.environment(), contract);
        var command = new ArrayList<String>();
        command.add(options.javaCommand());
        command.addAll(options.serviceJvmOptions());
        command.add(DetachedProcesses.MARKER + service.name());
        command.add("-jar");
        command.add(jar.toString());
        var logFile = layout.logFile(service.name());
        LogFiles.rotate(logFile, header(service.name()) + " from " + built);
        var process = DetachedProcesses.start(command, env, dataDir, logFile, layout.pidFile(service.name()));
        out.printf("  %-10s :%-5d starting (pid %d)%n", service.name(), port, process.pid());
        return new Starting(service, port, process.toHandle(), process, Instant.now());
    }

    private LaunchException failure(String service, String reason) {
        var logFile = layout.logFile(service);
        return new LaunchException(
                service + " failed to start: " + reason + "; log: " + logFile,
                LogFiles.tailText(logFile, LOG_TAIL_LINES));
    }

    // ---------------------------------------------------------------- down

    /** Stops every process of this platform: gateway first, then services, then the infrastructure. */
    public void down() {
        var before = liveProcesses();
        var stopped = new ArrayList<String>();
        var waves = new ArrayList<>(ServiceRegistry.startWaves(ServiceRegistry.SERVICES));
        java.util.Collections.reverse(waves);
        for (var wave : waves) {
            var names = new ArrayList<String>();
            var handles = new ArrayList<ProcessHandle>();
            for (var service : wave) {
                liveService(service.name()).ifPresent(p -> {
                    names.add(service.name());
                    handles.add(p);
                });
            }
            if (!handles.isEmpty()) {
                out.println("Stopping " + String.join(", ", names) + " ...");
                DetachedProcesses.stopAll(handles, SERVICE_GRACE);
                stopped.addAll(names);
            }
            wave.forEach(s -> DetachedProcesses.deleteQuietly(layout.pidFile(s.name())));
        }
        var infra = DetachedProcesses.live(layout.pidFile(INFRA), INFRA);
        if (infra.isPresent()) {
            out.println("Stopping the infrastructure (PostgreSQL, Redis, Qpid Broker-J) ...");
            ProcessFiles.stop(infra.get(), INFRA_GRACE);
            stopped.add("infrastructure");
        }
        if (stopOrphanedServers()) {
            stopped.add("servers left by a hard-killed run");
        }
        DetachedProcesses.deleteQuietly(layout.pidFile(INFRA));
        DetachedProcesses.deleteQuietly(layout.infraReadyFile());
        DetachedProcesses.deleteQuietly(layout.endpointsFile());
        awaitGone(before);
        out.println(stopped.isEmpty() ? "Nothing was running." : "Stopped: " + String.join(", ", stopped) + ".");
    }

    /**
     * A server may still be finishing its shutdown after its pid file is gone (PostgreSQL removes
     * {@code postmaster.pid} just before it exits): wait for every process seen, and kill what hangs on.
     */
    private void awaitGone(List<ProcessHandle> processes) {
        var deadline = Instant.now().plus(Duration.ofSeconds(20));
        for (var process : processes) {
            var left = Duration.between(Instant.now(), deadline);
            if (process.isAlive() && !left.isNegative()) {
                try {
                    process.onExit().get(left.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                    // handled below
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            if (process.isAlive()) {
                out.println("Killing pid " + process.pid() + ", which did not stop in time: "
                        + process.info().commandLine().orElse("?"));
                process.destroyForcibly();
            }
        }
    }

    /** PostgreSQL and Redis run as processes of their own and outlive a hard-killed infrastructure host. */
    private boolean stopOrphanedServers() {
        boolean postgres = ProcessFiles.stopLeftover(
                layout.postgresData().resolve("postmaster.pid"), "postgres", Duration.ofSeconds(30));
        boolean redis =
                ProcessFiles.stopLeftover(layout.redisData().resolve("redis.pid"), "redis", Duration.ofSeconds(10));
        return postgres || redis;
    }

    // ---------------------------------------------------------------- status

    /** Infrastructure and every service of the registry: address, pid, health. */
    public List<StatusLine> status() {
        var lines = new ArrayList<StatusLine>();
        var endpoints = PropertiesFile.read(layout.endpointsFile());
        var remembered = PropertiesFile.read(layout.portsFile());
        boolean external = "external".equals(endpoints.get("mode"));
        var infraPid = DetachedProcesses.live(layout.pidFile(INFRA), INFRA)
                .map(p -> Long.toString(p.pid()))
                .orElse("-");
        var servers = new LinkedHashMap<String, Optional<String>>();
        servers.put(
                "postgres",
                ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid"))
                        .map(p -> Long.toString(p.pid())));
        servers.put(
                "redis",
                ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid"))
                        .map(p -> Long.toString(p.pid())));
        servers.put("amqp", Optional.of(infraPid).filter(p -> !p.equals("-")));
        for (var server : servers.entrySet()) {
            var name = server.getKey();
            var host = endpoints.getOrDefault(name + ".host", InfraEndpoints.EMBEDDED_HOST);
            var port = endpoints.getOrDefault(name + ".port", remembered.get(name));
            var pid = external ? "external" : server.getValue().orElse("-");
            String health;
            if (endpoints.isEmpty()) {
                health = server.getValue().isPresent() ? "left over (./emporium down stops it)" : "stopped";
            } else {
                health = reachable(host, Integer.parseInt(port)) ? "UP" : "DOWN";
            }
            lines.add(new StatusLine(name, port == null ? "-" : host + ":" + port, pid, health));
        }
        for (var service : ServiceRegistry.SERVICES) {
            var port = remembered.get(service.name());
            var live = liveService(service.name());
            String health;
            if (live.isPresent()) {
                health = port == null
                        ? "running"
                        : Readiness.probe(Integer.parseInt(port)).describe();
            } else if (service.execJar(layout.repository()).isEmpty()) {
                health = "not built";
            } else {
                health = "stopped";
            }
            lines.add(new StatusLine(
                    service.name(),
                    port == null ? "-" : "127.0.0.1:" + port,
                    live.map(p -> Long.toString(p.pid())).orElse("-"),
                    health));
        }
        return lines;
    }

    /**
     * Every live process this platform started, with descendants: services, the infrastructure host, PostgreSQL
     * (postmaster and backends) and Redis.
     */
    public List<ProcessHandle> liveProcesses() {
        var roots = new ArrayList<ProcessHandle>();
        for (var service : ServiceRegistry.SERVICES) {
            liveService(service.name()).ifPresent(roots::add);
        }
        DetachedProcesses.live(layout.pidFile(INFRA), INFRA).ifPresent(roots::add);
        ProcessFiles.liveProcess(layout.postgresData().resolve("postmaster.pid"))
                .ifPresent(roots::add);
        ProcessFiles.liveProcess(layout.redisData().resolve("redis.pid")).ifPresent(roots::add);
        var all = new LinkedHashSet<ProcessHandle>();
        roots.forEach(root -> Stream.concat(Stream.of(root), root.descendants()).forEach(all::add));
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- helpers

    private Optional<ProcessHandle> liveService(String name) {
        return DetachedProcesses.live(layout.pidFile(name), name);
    }

    static boolean reachable(String host, int port) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String header(String name) {
        return "==== emporium: starting " + name + " at "
                + LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME) + " ====";
    }

    private static void createDirectoriesQuietly(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException ignored) {
            // the service reports it better than we could
        }
    }

    private static String exitCode(Process process) {
        try {
            return Integer.toString(process.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "?";
        }
    }

    private static long seconds(Instant since) {
        return Duration.between(since, Instant.now()).toSeconds();
    }

    private static double secondsExact(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration); // polling a port or a file: there is no event to wait on
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("Interrupted", e);
        }
    }
}
