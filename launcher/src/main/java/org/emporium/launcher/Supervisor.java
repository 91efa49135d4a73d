package org.emporium.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The supervisor process: started detached by {@code up} once the services are ready, it watches every service
 * {@code up} started and restarts one that exits, after {@link RestartPolicy}'s back-off. Each exit and restart
 * goes to {@code logs/supervisor.log} and to {@code run/<service>.supervision.properties}, which {@code status}
 * shows. {@code down} stops it (SIGTERM) before anything else, so nothing restarts during a shutdown; a SIGTERM
 * cancels pending restarts and waits for a restart in progress to have written its pid file. Meanwhile it trains
 * the AOT caches of services that have none, for their next start ({@link BackgroundTraining}); a SIGTERM stops a
 * training in progress.
 *
 * <p>Usage: {@code Supervisor <repository> <data folder>}; what to supervise and how to start it is in {@code
 * run/supervisor.properties}, written by {@code up}; the environment is the one services inherit.
 */
public final class Supervisor {
    static final String NAME = "supervisor";
    private static final Duration POLL = Duration.ofMillis(500);

    /** What the supervisor knows of one service. */
    private static final class Watched {
        final ServiceDefinition service;
        ProcessHandle handle;
        Process child; // set when this supervisor started the process: only then is its exit status known
        Instant startedAt;
        Instant restartAt;
        int consecutive;
        int restarts;
        String lastExit = "";

        Watched(ServiceDefinition service) {
            this.service = service;
        }
    }

    private final Layout layout;
    private final Platform.Options options;
    private final RestartPolicy policy;
    private final Map<String, Watched> watched = new LinkedHashMap<>();
    private volatile boolean stopping;

    Supervisor(Layout layout, Platform.Options options, List<String> services) {
        this.layout = layout;
        this.options = options;
        this.policy = RestartPolicy.from(options.environment());
        for (var name : services) {
            var service = options.services().stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown service " + name));
            var w = new Watched(service);
            var state = PropertiesFile.read(layout.supervisionFile(name));
            w.restarts = Integer.parseInt(state.getOrDefault("restarts", "0"));
            w.lastExit = state.getOrDefault("lastExit", "");
            watched.put(name, w);
        }
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("usage: Supervisor <repository> <data folder>");
            System.exit(2);
        }
        var layout = new Layout(Path.of(args[0]), Path.of(args[1]));
        var settings = PropertiesFile.read(layout.supervisorFile());
        var jvm = new ArrayList<String>();
        for (int i = 0; settings.containsKey("jvm." + i); i++) {
            jvm.add(settings.get("jvm." + i));
        }
        var services = List.of(settings.getOrDefault("services", "").split(","));
        var defaults = Platform.Options.defaults(layout, "true".equals(settings.get("external")));
        var options = new Platform.Options(
                layout,
                defaults.external(),
                System.getenv(),
                System.out,
                defaults.infraTimeout(),
                defaults.serviceTimeout(),
                1,
                List.copyOf(jvm),
                settings.getOrDefault("java", defaults.javaCommand()),
                defaults.classpath(),
                table(layout));
        var supervisor = new Supervisor(
                layout, options, services.stream().filter(s -> !s.isBlank()).toList());
        var done = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            supervisor.stopping = true;
                            try {
                                done.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        },
                        "supervisor-stop"));
        log("supervising " + String.join(", ", supervisor.watched.keySet()) + " (back-off "
                + supervisor.policy.initial().toSeconds()
                + " s doubling to " + supervisor.policy.max().toSeconds() + " s, reset after "
                + supervisor.policy.healthyAfter().toSeconds() + " s up)");
        try {
            supervisor.run();
        } finally {
            log("stopped"
                    + (supervisor.pendingRestarts() > 0
                            ? ", " + supervisor.pendingRestarts() + " restart(s) cancelled"
                            : ""));
            done.countDown();
        }
    }

    /** The table {@code up} wrote for this supervisor, or the registry's. */
    private static List<ServiceDefinition> table(Layout layout) {
        var file = layout.servicesFile();
        try {
            return java.nio.file.Files.isRegularFile(file)
                    ? ServiceRegistry.parse(java.nio.file.Files.readString(file))
                    : ServiceRegistry.SERVICES;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void run() {
        var training = Thread.ofPlatform()
                .name("aot-training")
                .daemon()
                .start(new BackgroundTraining(
                        options,
                        watched.values().stream().map(w -> w.service).toList(),
                        this::infra,
                        this::ports,
                        () -> stopping,
                        Supervisor::log));
        try {
            watch();
        } finally {
            try {
                training.join(Duration.ofSeconds(15));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Map<String, Integer> ports() {
        var ports = new HashMap<String, Integer>();
        PropertiesFile.read(layout.portsFile()).forEach((k, v) -> ports.put(k, Integer.parseInt(v)));
        return ports;
    }

    private InfraEndpoints infra() {
        var ports = ports();
        return options.external()
                ? InfraEndpoints.fromEnvironment(options.environment())
                : InfraEndpoints.embedded(ports.get("postgres"), ports.get("redis"), ports.get("amqp"));
    }

    private void watch() {
        var now = Instant.now();
        for (var w : watched.values()) {
            w.handle = DetachedProcesses.live(layout.pidFile(w.service.name()), w.service.name())
                    .orElse(null);
            w.startedAt =
                    w.handle == null ? now : w.handle.info().startInstant().orElse(now);
        }
        while (!stopping) {
            for (var w : watched.values()) {
                if (stopping) {
                    break;
                }
                check(w, Instant.now());
            }
            Elapsed.pause(POLL);
        }
    }

    private int pendingRestarts() {
        return (int) watched.values().stream().filter(w -> w.restartAt != null).count();
    }

    private void check(Watched w, Instant now) {
        var name = w.service.name();
        if (w.restartAt == null) {
            if (w.handle != null && w.handle.isAlive()) {
                return;
            }
            // A service up started that is gone before this supervisor first looked has exited all the same.
            w.lastExit = exitOf(w);
            w.consecutive = policy.consecutiveAfter(w.consecutive, Duration.between(w.startedAt, now));
            var delay = policy.delay(w.consecutive);
            w.restartAt = now.plus(delay);
            log(name + " " + w.lastExit + (w.handle == null ? "" : " (pid " + w.handle.pid() + ")") + "; restarting in "
                    + delay.toSeconds() + " s");
            save(w);
            return;
        }
        if (now.isBefore(w.restartAt)) {
            return;
        }
        // Someone else (a second `up`) may have started it meanwhile: adopt that process.
        var other = DetachedProcesses.live(layout.pidFile(name), name);
        if (other.isPresent()) {
            w.handle = other.get();
            w.child = null;
        } else {
            var ports = ports();
            var infra = infra();
            w.restarts++;
            try {
                w.child = new ServiceSpawner(options)
                        .spawn(
                                w.service,
                                infra,
                                ports,
                                LogFiles.header(name) + " (restart " + w.restarts + " by the supervisor after: "
                                        + w.lastExit + ")");
                w.handle = w.child.toHandle();
                log("restarted " + name + " (restart " + w.restarts + ", pid " + w.handle.pid() + ")");
            } catch (RuntimeException e) {
                log("could not restart " + name + ": " + e.getMessage());
                w.handle = null;
                w.child = null;
            }
        }
        w.startedAt = now;
        w.consecutive++;
        w.restartAt = null;
        save(w);
    }

    private static String exitOf(Watched w) {
        if (w.child == null) {
            return ExitReason.UNKNOWN;
        }
        try {
            return ExitReason.of(w.child.waitFor());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitReason.UNKNOWN;
        }
    }

    private void save(Watched w) {
        var state = new LinkedHashMap<String, String>();
        state.put("restarts", Integer.toString(w.restarts));
        state.put("lastExit", w.lastExit);
        state.put("pendingRestartAt", w.restartAt == null ? "" : w.restartAt.toString());
        PropertiesFile.write(layout.supervisionFile(w.service.name()), state, false);
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " [supervisor] " + message);
        System.out.flush();
    }
}
