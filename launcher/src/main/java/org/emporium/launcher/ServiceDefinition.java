package org.emporium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One deployable of the platform as the launcher sees it.
 *
 * @param name lower-case identifier; also the database name, the database user and the log/pid file name
 * @param preferredPort used when free, otherwise a free port is chosen
 * @param module the Maven module folder, relative to the repository root
 * @param needsDatabase gets a PostgreSQL database and user of its own and {@code SPRING_DATASOURCE_*}
 * @param needsRedis gets {@code SPRING_DATA_REDIS_*}
 * @param needsAmqp gets {@code SPRING_RABBITMQ_*}
 * @param dependsOn services that must be ready before this one starts (when they are built)
 * @param extraEnv further variables; {@code {dataDir}} in a value stands for the service's data folder
 */
public record ServiceDefinition(
        String name,
        int preferredPort,
        String module,
        boolean needsDatabase,
        boolean needsRedis,
        boolean needsAmqp,
        List<String> dependsOn,
        Map<String, String> extraEnv) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,30}");

    public ServiceDefinition {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Service names are lower-case identifiers: " + name);
        }
        dependsOn = List.copyOf(dependsOn);
        extraEnv = Map.copyOf(extraEnv);
    }

    /** The Boot executable jar ({@code <module>/target/*-exec.jar}, newest first), if the module is built. */
    public Optional<Path> execJar(Path repositoryRoot) {
        var target = repositoryRoot.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-exec.jar"))
                    .filter(Files::isRegularFile)
                    .max(Comparator.comparing(ServiceDefinition::modified));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
