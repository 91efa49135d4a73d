package org.emporium.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Starts services side by side: each one as soon as every service it names in its {@code after} column is ready
 * (no waves), at most {@code parallelism} starting at a time, reusing those already running, and waits until every
 * one is ready (its readiness answering 200 from its own pid). A service without an AOT cache starts without one;
 * the supervisor trains it afterwards for the next start ({@link BackgroundTraining}). A service that fails is reported with the tail of its log, and every service that
 * needs it, directly or not, is reported "not started"; the others still start.
 */
final class ServiceStarter {
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int LOG_TAIL_LINES = 60;

    /** How one service's start ended. */
    sealed interface Result {
        String service();
    }

    record Ready(Platform.StartedService started) implements Result {
        @Override
        public String service() {
            return started.name();
        }
    }

    record Failed(String service, String reason, Path log, String logTail) implements Result {}

    /** Not started because {@code blockedBy}, which it needs, failed or was not started itself. */
    record NotStarted(String service, String blockedBy) implements Result {}

    /** Every service's result, in the order of the table. */
    record Outcome(List<Result> results) {
        List<Platform.StartedService> ready() {
            return results.stream()
                    .filter(Ready.class::isInstance)
                    .map(r -> ((Ready) r).started())
                    .toList();
        }

        List<Failed> failed() {
            return results.stream()
                    .filter(Failed.class::isInstance)
                    .map(Failed.class::cast)
                    .toList();
        }

        List<NotStarted> notStarted() {
            return results.stream()
                    .filter(NotStarted.class::isInstance)
                    .map(NotStarted.class::cast)
                    .toList();
        }
    }

    private final Platform.Options options;
    private final Layout layout;
    private final StartProgress progress;
    private final ServiceSpawner spawner;

    ServiceStarter(Platform.Options options) {
        this.options = options;
        this.layout = options.layout();
        this.progress = new StartProgress(options.out());
        this.spawner = new ServiceSpawner(options);
    }

    /** Starts {@code services} (the built ones, in table order); dependencies on services not among them are ignored. */
    Outcome start(List<ServiceDefinition> services, InfraEndpoints infra, Map<String, Integer> ports) {
        // Fails on a cycle before anything starts.
        ServiceRegistry.startWaves(services);
        var permits = new Semaphore(Math.max(1, options.parallelism()));
        var futures = new LinkedHashMap<String, CompletableFuture<Result>>();
        var names = services.stream().map(ServiceDefinition::name).toList();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var service : ServiceRegistry.startWaves(services).stream()
                    .flatMap(List::stream)
                    .toList()) {
                var needed = service.dependsOn().stream()
                        .filter(names::contains)
                        .map(futures::get)
                        .toList();
                var future = CompletableFuture.allOf(needed.toArray(CompletableFuture[]::new))
                        .thenApplyAsync(
                                ignored -> {
                                    for (int i = 0; i < needed.size(); i++) {
                                        var result = needed.get(i).join();
                                        if (!(result instanceof Ready)) {
                                            progress.notStarted(service.name(), ports.get(service.name()), result);
                                            return (Result) new NotStarted(service.name(), result.service());
                                        }
                                    }
                                    return startOne(service, infra, ports, permits);
                                },
                                executor);
                futures.put(service.name(), future);
            }
            var results = new ArrayList<Result>();
            for (var service : services) {
                results.add(futures.get(service.name()).join());
            }
            return new Outcome(List.copyOf(results));
        }
    }

    private Result startOne(
            ServiceDefinition service, InfraEndpoints infra, Map<String, Integer> ports, Semaphore permits) {
        var name = service.name();
        int port = ports.get(name);
        var since = Instant.now();
        permits.acquireUninterruptibly();
        try {
            var live = DetachedProcesses.live(layout.pidFile(name), name);
            if (live.isPresent()) {
                return awaitReady(service, port, live.get(), null, Instant.now(), true);
            }
            var app = spawner.prepare(service);
            since = Instant.now();
            var process = spawner.spawn(service, app, infra, ports, LogFiles.header(name));
            progress.starting(name, port, process.pid(), spawner.aot().withoutCacheReason(app));
            return awaitReady(service, port, process.toHandle(), process, since, false);
        } catch (RuntimeException e) {
            return failed(service, port, since, "could not be started: " + e.getMessage());
        } finally {
            permits.release();
        }
    }

    private Result awaitReady(
            ServiceDefinition service,
            int port,
            ProcessHandle handle,
            Process process,
            Instant since,
            boolean adopted) {
        var name = service.name();
        while (true) {
            var probe = Readiness.probe(port, handle.pid());
            if (probe.answeredByAnotherProcess() && !adopted) {
                return failed(
                        service,
                        port,
                        since,
                        "port " + port + " was taken by another program while it started (" + probe.describe()
                                + "); run again to pick a free port");
            }
            if (probe.ready()) {
                if (adopted) {
                    progress.alreadyRunning(name, port, handle.pid());
                } else {
                    progress.ready(name, port, handle.pid(), Elapsed.secondsExact(since));
                }
                return new Ready(new Platform.StartedService(name, port, handle.pid()));
            }
            if (!handle.isAlive()) {
                return failed(
                        service,
                        port,
                        since,
                        "the process exited"
                                + (process == null ? "" : " with code " + DetachedProcesses.exitCode(process)));
            }
            if (Elapsed.longerThan(since, options.serviceTimeout())) {
                return failed(
                        service,
                        port,
                        since,
                        "not ready within " + options.serviceTimeout().toSeconds() + " s (readiness: "
                                + probe.describe() + ")");
            }
            Elapsed.pause(POLL);
        }
    }

    private Failed failed(ServiceDefinition service, int port, Instant since, String reason) {
        var logFile = layout.logFile(service.name());
        progress.failed(service.name(), port, Elapsed.secondsExact(since), reason);
        return new Failed(service.name(), reason, logFile, LogFiles.tailText(logFile, LOG_TAIL_LINES));
    }
}
