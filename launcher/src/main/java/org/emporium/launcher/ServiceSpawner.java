package org.emporium.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts one service process, detached: from its extracted jar with its AOT cache when it has one ({@link
 * AotCache}), with its environment contract, its log rotated. Used by {@code up} and by the supervisor's restarts
 * alike; {@code up} also runs the AOT training through it.
 */
final class ServiceSpawner {
    private final Platform.Options options;
    private final Layout layout;
    private final AotCache aot;

    ServiceSpawner(Platform.Options options) {
        this.options = options;
        this.layout = options.layout();
        this.aot = new AotCache(options);
    }

    AotCache aot() {
        return aot;
    }

    /** The built jar of {@code service}, ready to run (extracted, with its cache if trained). */
    AotCache.App prepare(ServiceDefinition service) {
        var built = service.execJar(layout.repository())
                .orElseThrow(() -> new LaunchException(service.name() + " is not built", ""));
        return aot.prepare(service, built);
    }

    /** Starts {@code service} on {@code port} from a freshly prepared jar; {@code header} opens its fresh log. */
    Process spawn(ServiceDefinition service, InfraEndpoints infra, Map<String, Integer> ports, String header) {
        return spawn(service, prepare(service), infra, ports, header);
    }

    /** Starts {@code service} from {@code app}; {@code header} opens its fresh log. */
    Process spawn(
            ServiceDefinition service,
            AotCache.App app,
            InfraEndpoints infra,
            Map<String, Integer> ports,
            String header) {
        var command = command(service, app.jvmOptions(), DetachedProcesses.MARKER + service.name(), app);
        var logFile = layout.logFile(service.name());
        LogFiles.rotate(
                logFile,
                header + " from " + app.jar()
                        + app.cache().map(c -> " with AOT cache " + c).orElse(""));
        return DetachedProcesses.start(
                command, environment(service, infra, ports), dataDir(service), logFile, layout.pidFile(service.name()));
    }

    /**
     * Starts the AOT training run of {@code service}: its context refreshed against the real stores, then the JVM
     * exits and writes the cache. Detached with a pid file of its own ({@link #trainingName}), so {@code down} finds
     * it after a hard-killed launcher.
     */
    Process train(ServiceDefinition service, AotCache.App app, InfraEndpoints infra, Map<String, Integer> ports) {
        var name = trainingName(service.name());
        var command = new ArrayList<String>(NICE);
        command.addAll(command(service, aot.trainingOptions(app), DetachedProcesses.MARKER + name, app));
        var logFile = layout.logFile(name);
        LogFiles.rotate(logFile, LogFiles.header(name) + " (AOT cache training run of " + app.jar() + ")");
        return DetachedProcesses.start(
                command, environment(service, infra, ports), dataDir(service), logFile, layout.pidFile(name));
    }

    /**
     * A training runs beside the live platform: under {@code nice} (which execs the JVM, so the pid is the JVM's)
     * where the system has it, so that requests win the CPU.
     */
    private static final List<String> NICE = java.util.stream.Stream.of("/usr/bin/nice", "/bin/nice")
            .filter(p -> Files.isExecutable(Path.of(p)))
            .findFirst()
            .map(p -> List.of(p, "-n", "10"))
            .orElse(List.of());

    /** The process name (pid file, log, marker) of a service's training run. */
    static String trainingName(String service) {
        return service + "_aot";
    }

    private List<String> command(ServiceDefinition service, List<String> extra, String marker, AotCache.App app) {
        var command = new ArrayList<String>();
        command.add(options.javaCommand());
        command.addAll(options.serviceJvmOptions());
        command.addAll(extra);
        command.add(marker);
        command.add("-jar");
        command.add(app.jar().toString());
        return command;
    }

    private Path dataDir(ServiceDefinition service) {
        return layout.serviceData(service.name());
    }

    private Map<String, String> environment(
            ServiceDefinition service, InfraEndpoints infra, Map<String, Integer> ports) {
        var dataDir = dataDir(service);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare " + service.name() + " in " + layout.root(), e);
        }
        var password =
                service.needsDatabase() ? Secrets.load(layout.secretsFile()).databasePassword(service.name()) : "";
        var contract = ServiceEnvironment.contract(
                service, InfraOverrides.apply(layout, service.name(), infra), ports, password, dataDir);
        contract.values().stream()
                .filter(v -> v.startsWith(dataDir.toString()))
                .forEach(v -> createDirectoriesQuietly(Path.of(v)));
        return ServiceEnvironment.processEnvironment(options.environment(), contract);
    }

    private static void createDirectoriesQuietly(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException ignored) {
            // the service reports it better than we could
        }
    }
}
