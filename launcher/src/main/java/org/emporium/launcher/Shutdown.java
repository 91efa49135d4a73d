package org.emporium.launcher;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code down}: the supervisor first, then AOT training runs, the gateway (the way in), the other services (those
 * that others need to start, last), then the infrastructure.
 */
final class Shutdown {
    private static final Duration SERVICE_GRACE = Duration.ofSeconds(30);

    private final Platform platform;
    private final List<ServiceDefinition> services;
    private final Layout layout;
    private final PrintStream out;
    private final Infrastructure infrastructure;
    private final Supervision supervision;

    Shutdown(Platform platform, Platform.Options options, Infrastructure infrastructure, Supervision supervision) {
        this.platform = platform;
        this.services = options.services();
        this.layout = options.layout();
        this.out = options.out();
        this.infrastructure = infrastructure;
        this.supervision = supervision;
    }

    void run() {
        var before = platform.liveProcesses();
        var stopped = new ArrayList<String>();
        // First, so that no service is restarted while it is being stopped (a pending restart is cancelled).
        if (supervision.stop()) {
            stopped.add(Supervisor.NAME);
        }
        var training = new ArrayList<ProcessHandle>();
        for (var service : services) {
            var name = ServiceSpawner.trainingName(service.name());
            DetachedProcesses.live(layout.pidFile(name), name).ifPresent(training::add);
            DetachedProcesses.deleteQuietly(layout.pidFile(name));
        }
        if (!training.isEmpty()) {
            DetachedProcesses.stopAll(training, Duration.ofSeconds(10));
            stopped.add("AOT training runs");
        }
        // The pid files are read after the supervisor is gone: a restart it was doing has written its own.
        var waves = new ArrayList<>(ServiceRegistry.startWaves(services));
        Collections.reverse(waves);
        services.stream()
                .filter(s -> s.name().equals(ServiceRegistry.GATEWAY))
                .findFirst()
                .ifPresent(gateway -> {
                    waves.replaceAll(
                            wave -> wave.stream().filter(s -> s != gateway).toList());
                    waves.addFirst(List.of(gateway));
                });
        for (var wave : waves) {
            var names = new ArrayList<String>();
            var handles = new ArrayList<ProcessHandle>();
            for (var service : wave) {
                DetachedProcesses.live(layout.pidFile(service.name()), service.name())
                        .ifPresent(p -> {
                            names.add(service.name());
                            handles.add(p);
                        });
            }
            if (!handles.isEmpty()) {
                out.println("Stopping " + String.join(", ", names) + " ...");
                DetachedProcesses.stopAll(handles, SERVICE_GRACE);
                stopped.addAll(names);
            }
            wave.forEach(s -> {
                DetachedProcesses.deleteQuietly(layout.pidFile(s.name()));
                DetachedProcesses.deleteQuietly(layout.supervisionFile(s.name()));
            });
        }
        stopped.addAll(infrastructure.stop());
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
                    process.onExit().get(left.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException | ExecutionException e) {
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
}
