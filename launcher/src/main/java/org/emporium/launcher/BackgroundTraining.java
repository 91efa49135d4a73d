package org.emporium.launcher;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Trains the AOT caches ({@link AotCache}) of the running services that have none, in the background, so that the
 * <em>next</em> start of each uses one: run by the supervisor once the platform is up, after a quiet period
 * ({@code EMPORIUM_AOT_DELAY} seconds, 20 by default), one training at a time, each under {@code nice} where the
 * system has it. A first {@code up} therefore never waits for a training: a training costs about two starts of CPU
 * and a cached start saves less than one (docs/benchmarks.md), so training before the first start made the first
 * {@code up} on a fresh clone three times slower.
 *
 * <p>A training run refreshes the service's context against the real stores and exits before any lifecycle bean
 * starts ({@code -Dspring.context.exit=onRefresh}): no port is bound and no listener consumes, so it runs beside the
 * live service. {@code down} stops one in progress (its pid file); an interrupted or failed training is retried on a
 * later start, at most twice per build of a jar. {@code EMPORIUM_AOT_TRAINING=off} trains nothing (caches trained
 * before are still used): for benchmarks, which must not share the machine with a training.
 */
final class BackgroundTraining implements Runnable {
    private static final Duration POLL = Duration.ofMillis(250);

    private final Platform.Options options;
    private final ServiceSpawner spawner;
    private final List<ServiceDefinition> services;
    private final Supplier<InfraEndpoints> infra;
    private final Supplier<Map<String, Integer>> ports;
    private final BooleanSupplier stopping;
    private final Consumer<String> log;

    BackgroundTraining(
            Platform.Options options,
            List<ServiceDefinition> services,
            Supplier<InfraEndpoints> infra,
            Supplier<Map<String, Integer>> ports,
            BooleanSupplier stopping,
            Consumer<String> log) {
        this.options = options;
        this.spawner = new ServiceSpawner(options);
        this.services = List.copyOf(services);
        this.infra = infra;
        this.ports = ports;
        this.stopping = stopping;
        this.log = log;
    }

    /** How long the platform is left alone before the first training ({@code EMPORIUM_AOT_DELAY} seconds). */
    static Duration delay(Map<String, String> environment) {
        var value = environment.getOrDefault("EMPORIUM_AOT_DELAY", "");
        try {
            return Duration.ofSeconds(value.isBlank() ? 20 : Math.max(0, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EMPORIUM_AOT_DELAY must be a number, not " + value);
        }
    }

    @Override
    public void run() {
        if (!spawner.aot().enabled()
                || "off".equalsIgnoreCase(options.environment().getOrDefault("EMPORIUM_AOT_TRAINING", ""))) {
            return;
        }
        var due = services.stream()
                .filter(s -> s.execJar(options.layout().repository()).isPresent())
                .filter(s -> spawner.aot().needsTraining(spawner.prepare(s)))
                .toList();
        if (due.isEmpty()) {
            return;
        }
        var delay = delay(options.environment());
        log.accept("AOT caches to train for the next start: "
                + String.join(", ", due.stream().map(ServiceDefinition::name).toList()) + " (one at a time, in "
                + delay.toSeconds() + " s)");
        var start = Instant.now();
        while (!stopping.getAsBoolean() && !Elapsed.longerThan(start, delay)) {
            Elapsed.pause(POLL);
        }
        for (var service : due) {
            if (stopping.getAsBoolean()) {
                return;
            }
            try {
                train(service);
            } catch (RuntimeException e) {
                log.accept("AOT training of " + service.name() + " could not run: " + e.getMessage());
            }
        }
    }

    private void train(ServiceDefinition service) {
        var name = service.name();
        var app = spawner.prepare(service);
        if (!spawner.aot().needsTraining(app)) {
            return;
        }
        var since = Instant.now();
        var process = spawner.train(service, app, infra.get(), ports.get());
        log.accept("training the AOT cache of " + name + " (pid " + process.pid() + ")");
        var timeout = spawner.aot().trainingTimeout();
        while (process.isAlive()) {
            if (stopping.getAsBoolean() || Elapsed.longerThan(since, timeout)) {
                process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                if (!stopping.getAsBoolean()) {
                    spawner.aot().failed(app, "not done within " + timeout.toSeconds() + " s");
                    log.accept("AOT training of " + name + " took longer than " + timeout.toSeconds() + " s: stopped");
                }
                DetachedProcesses.deleteQuietly(options.layout().pidFile(ServiceSpawner.trainingName(name)));
                return;
            }
            Elapsed.pause(POLL);
        }
        int exitCode = DetachedProcesses.exitCode(process);
        var trained = spawner.aot().finishTraining(app, exitCode);
        DetachedProcesses.deleteQuietly(options.layout().pidFile(ServiceSpawner.trainingName(name)));
        log.accept(
                trained.cache().isPresent()
                        ? String.format(
                                Locale.ROOT,
                                "AOT cache of %s written in %.1f s: its next start uses it",
                                name,
                                Elapsed.secondsExact(since))
                        : "AOT training of " + name + " failed (exit code " + exitCode + "; log: "
                                + options.layout().logFile(ServiceSpawner.trainingName(name)) + ")");
    }
}
