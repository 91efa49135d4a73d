package org.emporium.launcher;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One platform instance in one data folder: brings up the infrastructure (embedded or external), provisions a
 * database per service, starts every built service in dependency order and waits for each to be ready; stops
 * everything again, also what a hard-killed earlier run left behind. Used by {@code ./emporium} and the e2e
 * suite alike.
 *
 * <p>This class sequences; the work is done by {@link Infrastructure}, {@link DatabaseProvisioning}, {@link
 * ServiceStarter} (with {@link ServiceSpawner}), {@link Shutdown} and {@link StatusReport}.
 */
public final class Platform {
    static final String INFRA = "infra";

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
            String classpath,
            List<ServiceDefinition> services) {

        /**
         * Measured with bench/startup (docs/benchmarks.md, "Start-up and footprint"): compact object headers (JEP 519)
         * and a small heap for the embedded dev mode, the serial collector (one small heap per JVM, no GC threads),
         * small thread stacks; a heap that starts at 64 MiB and grows as needed (by default it starts at 1/64 of the
         * machine's memory, up to the 256 MiB maximum, and a 70 MiB eden is touched by the start alone; 24 MiB measured
         * the same start-up CPU and a little more memory); and the client compiler only (C1): half the CPU of a start
         * and −40 MiB per JVM, for code that peaks lower than C2's. That trade suits a laptop's dev platform; the
         * container images keep the full tiers, bench/shop starts its platform with them ({@link
         * #withServiceJvmOptions}), and {@code EMPORIUM_SERVICE_JAVA_OPTS} replaces this list.
         */
        public static final List<String> DEFAULT_SERVICE_JVM_OPTIONS = List.of(
                "-Xms64m",
                "-Xmx256m",
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-XX:+UseSerialGC",
                "-XX:+UseCompactObjectHeaders",
                "-XX:+ExitOnOutOfMemoryError");

        public Options {
            services = List.copyOf(services);
        }

        /**
         * Defaults from this JVM and its environment; {@code EMPORIUM_START_TIMEOUT} (seconds per service),
         * {@code EMPORIUM_START_PARALLELISM} (how many start at once; all by default) and
         * {@code EMPORIUM_SERVICE_JAVA_OPTS} override.
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
                    (int) number(env, "EMPORIUM_START_PARALLELISM", ServiceRegistry.SERVICES.size()),
                    jvm,
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    absoluteClasspath(System.getProperty("java.class.path")),
                    ServiceRegistry.SERVICES);
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
                    classpath,
                    services);
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
                    classpath,
                    services);
        }

        /** The same with other JVM options for the services than the defaults or {@code EMPORIUM_SERVICE_JAVA_OPTS}. */
        public Options withServiceJvmOptions(List<String> serviceJvmOptions) {
            return new Options(
                    layout,
                    external,
                    environment,
                    out,
                    infraTimeout,
                    serviceTimeout,
                    parallelism,
                    List.copyOf(serviceJvmOptions),
                    javaCommand,
                    classpath,
                    services);
        }

        /** The same with another service table than {@link ServiceRegistry#SERVICES} (tests). */
        public Options withServices(List<ServiceDefinition> services) {
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
                    classpath,
                    services);
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

    /**
     * One line of {@code status}: {@code health} is the state (UP, not responding, stopped, training its AOT
     * cache…); {@code restarts} and {@code lastExit} are the supervisor's record of a service (0 and empty for the
     * infrastructure); {@code uptime} and {@code rss} (resident memory; PostgreSQL's with its backends) are "-"
     * for what does not run.
     */
    public record StatusLine(
            String name,
            String address,
            String pid,
            String health,
            int restarts,
            String lastExit,
            String uptime,
            String rss) {}

    private final Options options;
    private final Layout layout;
    private final PrintStream out;
    private final Infrastructure infrastructure;
    private final Supervision supervision;

    public Platform(Options options) {
        this.options = options;
        this.layout = options.layout();
        this.out = options.out();
        this.infrastructure = new Infrastructure(options, anyPorts(options));
        this.supervision = new Supervision(options);
    }

    public Layout layout() {
        return layout;
    }

    // ---------------------------------------------------------------- up

    /**
     * {@code EMPORIUM_PORTS=any} skips the well-known ports (8080, 9001…) and takes free ones: the e2e suite uses it
     * so that it never meets a platform a developer is running on the same machine.
     */
    private static boolean anyPorts(Options options) {
        return "any".equalsIgnoreCase(options.environment().getOrDefault("EMPORIUM_PORTS", ""));
    }

    /**
     * Brings the platform up, reusing whatever of it already runs.
     *
     * @throws LaunchException naming what failed, with the tail of its log; what did start keeps running
     */
    public Running up() {
        layout.createDirectories();
        try (var lock = PlatformLock.acquire(layout, out)) {
            return upLocked();
        }
    }

    private Running upLocked() {
        refuseModeSwitch();
        // Nothing restarts behind this up while it starts things; a fresh supervisor follows at the end.
        supervision.stop();
        stopTrainingRuns();
        var ports = PortBook.load(layout.portsFile());
        var infra = options.external() ? infrastructure.external() : infrastructure.embedded(ports);
        for (var service : options.services()) {
            ports.choose(
                    service.name(),
                    anyPorts(options) ? 0 : service.preferredPort(),
                    liveService(service.name()).isPresent());
        }
        ports.save();
        PropertiesFile.write(layout.endpointsFile(), infra.describe(), false);

        var built = new ArrayList<ServiceDefinition>();
        var notBuilt = new ArrayList<String>();
        for (var service : options.services()) {
            if (service.execJar(layout.repository()).isPresent()) {
                built.add(service);
            } else {
                notBuilt.add(service.name());
            }
        }
        DatabaseProvisioning.provision(infra, built, layout, out);
        var started = new ArrayList<StartedService>();
        if (built.isEmpty()) {
            out.println("No service is built yet: only the infrastructure runs.");
        } else {
            out.println("Services, side by side (log files in " + layout.logs() + "):");
            var outcome = new ServiceStarter(options).start(built, infra, ports.chosen());
            if (!outcome.failed().isEmpty()) {
                throw startFailure(outcome);
            }
            started.addAll(outcome.ready());
        }
        supervision.start(started.stream().map(StartedService::name).toList(), options.services());
        if (!notBuilt.isEmpty()) {
            out.println("Not built, skipped: " + String.join(", ", notBuilt));
        }
        return new Running(infra, ports.chosen(), List.copyOf(started), List.copyOf(notBuilt));
    }

    /**
     * Names the first service that failed (and the others), the services not started because of them, and carries
     * the tail of each failed service's log.
     */
    private static LaunchException startFailure(ServiceStarter.Outcome outcome) {
        var failed = outcome.failed();
        var first = failed.getFirst();
        var message =
                new StringBuilder(first.service() + " failed to start: " + first.reason() + "; log: " + first.log());
        for (var other : failed.subList(1, failed.size())) {
            message.append(System.lineSeparator())
                    .append("  ")
                    .append(other.service())
                    .append(" failed to start too: ")
                    .append(other.reason())
                    .append("; log: ")
                    .append(other.log());
        }
        for (var skipped : outcome.notStarted()) {
            message.append(System.lineSeparator())
                    .append("  ")
                    .append(skipped.service())
                    .append(" not started: it needs ")
                    .append(skipped.blockedBy());
        }
        var tails = new StringBuilder(first.logTail());
        for (var other : failed.subList(1, failed.size())) {
            tails.append(System.lineSeparator())
                    .append("---- ")
                    .append(other.service())
                    .append(" ----")
                    .append(System.lineSeparator())
                    .append(other.logTail());
        }
        return new LaunchException(message.toString(), tails.toString());
    }

    /** Training runs a killed {@code up} left: they would write a cache of their own meanwhile. */
    private void stopTrainingRuns() {
        var training = new ArrayList<ProcessHandle>();
        for (var service : options.services()) {
            var name = ServiceSpawner.trainingName(service.name());
            DetachedProcesses.live(layout.pidFile(name), name).ifPresent(training::add);
        }
        DetachedProcesses.stopAll(training, Duration.ofSeconds(10));
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

    // ---------------------------------------------------------------- down, status

    /**
     * Stops every process of this platform: the supervisor first (so nothing restarts meanwhile), then the gateway,
     * the services and the infrastructure.
     */
    public void down() {
        layout.createDirectories();
        try (var lock = PlatformLock.acquire(layout, out)) {
            new Shutdown(this, options, infrastructure, supervision).run();
        }
    }

    /** Infrastructure and every service of the registry: address, pid, health. */
    public List<StatusLine> status() {
        return new StatusReport(layout, options.services()).lines();
    }

    /**
     * Every live process this platform started, with descendants: services, the infrastructure host, PostgreSQL
     * (postmaster and backends) and Redis.
     */
    public List<ProcessHandle> liveProcesses() {
        var roots = new ArrayList<ProcessHandle>();
        supervision.live().ifPresent(roots::add);
        for (var service : options.services()) {
            liveService(service.name()).ifPresent(roots::add);
            liveService(ServiceSpawner.trainingName(service.name())).ifPresent(roots::add);
        }
        infrastructure.host().ifPresent(roots::add);
        roots.addAll(infrastructure.servers());
        var all = new LinkedHashSet<ProcessHandle>();
        roots.forEach(root -> Stream.concat(Stream.of(root), root.descendants()).forEach(all::add));
        return List.copyOf(all);
    }

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
}
