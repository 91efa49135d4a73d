package org.emporium.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;

/**
 * Starts one service process, detached: its jar copied into the data folder, its environment contract, its log
 * rotated. Used by {@code up} and by the supervisor's restarts alike.
 */
final class ServiceSpawner {
    private final Platform.Options options;
    private final Layout layout;

    ServiceSpawner(Platform.Options options) {
        this.options = options;
        this.layout = options.layout();
    }

    /** Starts {@code service} on {@code port}; {@code header} opens its fresh log. */
    Process spawn(ServiceDefinition service, InfraEndpoints infra, Map<String, Integer> ports, String header) {
        var built = service.execJar(layout.repository())
                .orElseThrow(() -> new LaunchException(service.name() + " is not built", ""));
        var dataDir = layout.serviceData(service.name());
        // A running service reads classes from its jar: run a copy, so a rebuild cannot pull it from under it.
        var jar = layout.jarCopy(service.name());
        try {
            Files.createDirectories(dataDir);
            JarCopies.copy(built, jar);
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
        LogFiles.rotate(logFile, header + " from " + built);
        return DetachedProcesses.start(command, env, dataDir, logFile, layout.pidFile(service.name()));
    }

    private static void createDirectoriesQuietly(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException ignored) {
            // the service reports it better than we could
        }
    }
}
