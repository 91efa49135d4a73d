package org.emporium.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the services of one start wave, at most {@code parallelism} at a time, reusing those already running,
 * and waits until every one is ready (its readiness answering 200 from its own pid).
 */
final class ServiceStarter {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(15);
    private static final int LOG_TAIL_LINES = 60;

    private record Starting(
            ServiceDefinition service, int port, ProcessHandle handle, Process process, Instant since) {}

    private final Platform.Options options;
    private final Layout layout;
    private final PrintStream out;
    private final ServiceSpawner spawner;

    ServiceStarter(Platform.Options options) {
        this.options = options;
        this.layout = options.layout();
        this.out = options.out();
        this.spawner = new ServiceSpawner(options);
    }

    List<Platform.StartedService> startWave(
            List<ServiceDefinition> wave, InfraEndpoints infra, Map<String, Integer> ports) {
        var pending = new ArrayDeque<>(wave);
        var active = new ArrayList<Starting>();
        var ready = new ArrayList<Platform.StartedService>();
        var lastProgress = Instant.now();
        while (!pending.isEmpty() || !active.isEmpty()) {
            while (active.size() < options.parallelism() && !pending.isEmpty()) {
                var service = pending.poll();
                int port = ports.get(service.name());
                var live = DetachedProcesses.live(layout.pidFile(service.name()), service.name());
                if (live.isPresent()) {
                    active.add(new Starting(service, port, live.get(), null, Instant.now()));
                } else {
                    var process = spawner.spawn(service, infra, ports, LogFiles.header(service.name()));
                    out.printf("  %-10s :%-5d starting (pid %d)%n", service.name(), port, process.pid());
                    active.add(new Starting(service, port, process.toHandle(), process, Instant.now()));
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
                                name, starting.port(), starting.handle().pid(), Elapsed.secondsExact(starting.since()));
                    }
                    ready.add(new Platform.StartedService(
                            name, starting.port(), starting.handle().pid()));
                } else if (!starting.handle().isAlive()) {
                    throw failure(
                            name,
                            "the process exited"
                                    + (starting.process() == null ? "" : " with code " + exitCode(starting.process())));
                } else if (Elapsed.longerThan(starting.since(), options.serviceTimeout())) {
                    throw failure(
                            name,
                            "not ready within " + options.serviceTimeout().toSeconds() + " s (readiness: "
                                    + probe.describe() + ")");
                }
            }
            if (!active.isEmpty() && Elapsed.longerThan(lastProgress, PROGRESS_EVERY)) {
                lastProgress = Instant.now();
                out.println("  ... waiting for "
                        + String.join(
                                ", ",
                                active.stream()
                                        .map(s -> s.service().name() + " (" + Elapsed.seconds(s.since()) + " s)")
                                        .toList()));
            }
            if (!active.isEmpty()) {
                Elapsed.pause(POLL);
            }
        }
        return ready;
    }

    private LaunchException failure(String service, String reason) {
        var logFile = layout.logFile(service);
        return new LaunchException(
                service + " failed to start: " + reason + "; log: " + logFile,
                LogFiles.tailText(logFile, LOG_TAIL_LINES));
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
