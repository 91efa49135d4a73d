package org.emporium.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

/**
 * A JDK AOT cache (JEP 483/514) per service jar, in {@code aot/<service>/<key>/}: the Boot jar extracted there
 * ({@code java -Djarmode=tools -jar x.jar extract}: the cache only works for the extracted form, whose class path
 * it records), and {@code app.aot}, written by a training run ({@code -XX:AOTCacheOutput} with
 * {@code -Dspring.context.exit=onRefresh}: the context is refreshed against the real stores, then the JVM exits and
 * writes the cache). The key covers the jar's content (its entries' names, sizes and CRCs: reproducible builds give
 * an unchanged module the same key), the JDK and the JVM options, whose heap and object-header settings the cache
 * must match; a rebuilt jar gets a new folder, and folders of older builds are removed.
 *
 * <p>A cache is only ever an optimisation: it is passed ({@code -XX:AOTCache}) only when its training finished, and
 * the JVM itself ignores a cache it cannot use (with a warning in the service's log) and starts without it. Nothing
 * waits for a training: a service without a cache starts without one, and the supervisor trains it afterwards
 * ({@link BackgroundTraining}). A training that fails is logged ({@code logs/<service>_aot.log}); it is tried once
 * more after a later {@code up}, then not again for that jar. {@code EMPORIUM_AOT=off} turns the whole thing off.
 * Jars that are not Spring Boot jars run as they are, from a copy in {@code jars/}.
 */
final class AotCache {
    static final String CACHE_FILE = "app.aot";
    private static final String APP_DIR = "app";
    private static final String FAILED_FILE = "training-failed.properties";
    private static final int MAX_ATTEMPTS = 2;
    private static final int KEPT_BUILDS = 3;

    /**
     * What a service process runs: {@code jar} for {@code -jar}, and the cache to use with it, if there is one.
     *
     * @param folder the key's folder ({@code aot/<service>/<key>}), empty for a jar that is not a Boot jar
     */
    record App(String service, Path jar, Optional<Path> folder, Optional<Path> cache) {
        List<String> jvmOptions() {
            return cache.map(c -> List.of("-XX:AOTCache=" + c)).orElse(List.of());
        }
    }

    private final Layout layout;
    private final Platform.Options options;

    AotCache(Platform.Options options) {
        this.layout = options.layout();
        this.options = options;
    }

    /**
     * How long a training run may take ({@code EMPORIUM_AOT_TIMEOUT} seconds, 900 by default): it refreshes the
     * whole context and then writes the cache, several times the CPU of a start, and on a busy machine far slower.
     */
    Duration trainingTimeout() {
        var value = options.environment().getOrDefault("EMPORIUM_AOT_TIMEOUT", "");
        try {
            return Duration.ofSeconds(value.isBlank() ? 900 : Math.max(1, Long.parseLong(value.trim())));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("EMPORIUM_AOT_TIMEOUT must be a number, not " + value);
        }
    }

    boolean enabled() {
        return !"off".equalsIgnoreCase(options.environment().getOrDefault("EMPORIUM_AOT", ""));
    }

    /**
     * The extracted form of {@code built} for {@code service} (extracting it the first time), with its cache when
     * one was trained; for a jar that is not a Boot jar (or with AOT off), a plain copy.
     */
    App prepare(ServiceDefinition service, Path built) {
        try {
            if (!enabled() || !isBootJar(built)) {
                var copy = layout.jarCopy(service.name());
                JarCopies.copy(built, copy);
                return new App(service.name(), copy, Optional.empty(), Optional.empty());
            }
            var folder = layout.aot().resolve(service.name()).resolve(key(built));
            var jar = folder.resolve(APP_DIR).resolve(service.name() + ".jar");
            if (!Files.isRegularFile(jar)) {
                extract(service, built, folder);
            }
            removeOtherKeys(folder);
            var cache = folder.resolve(CACHE_FILE);
            return new App(
                    service.name(), jar, Optional.of(folder), Optional.of(cache).filter(Files::isRegularFile));
        } catch (IOException e) {
            throw new LaunchException("Cannot prepare " + service.name() + " in " + layout.root(), e);
        }
    }

    /** True when {@code app} has no cache yet and a training run should make one. */
    boolean needsTraining(App app) {
        return enabled() && app.folder().isPresent() && app.cache().isEmpty() && attempts(app) < MAX_ATTEMPTS;
    }

    /** Why {@code app} runs without a cache, for the progress line; empty when it has one. */
    String withoutCacheReason(App app) {
        if (app.cache().isPresent()) {
            return "";
        }
        if (!enabled()) {
            return "AOT cache off (EMPORIUM_AOT=off)";
        }
        if (app.folder().isEmpty()) {
            return "not a Spring Boot jar: no AOT cache";
        }
        if (needsTraining(app)) {
            return "no AOT cache yet: trained in the background for its next start";
        }
        var failed = PropertiesFile.read(app.folder().get().resolve(FAILED_FILE));
        return "no AOT cache (training failed: " + failed.getOrDefault("reason", "?") + ")";
    }

    /** The options of a training run for {@code app}: the cache goes to a temporary file until it is complete. */
    List<String> trainingOptions(App app) {
        return List.of("-XX:AOTCacheOutput=" + partial(app), "-Dspring.context.exit=onRefresh");
    }

    /**
     * Records how a training run of {@code app} ended: the finished cache takes its place, or the failure is
     * remembered. Returns the app as it runs now.
     */
    App finishTraining(App app, int exitCode) {
        var partial = partial(app);
        var folder = app.folder().orElseThrow();
        try {
            if (exitCode == 0 && Files.isRegularFile(partial) && Files.size(partial) > 0) {
                var cache = folder.resolve(CACHE_FILE);
                Files.move(partial, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.deleteIfExists(folder.resolve(FAILED_FILE));
                return new App(app.service(), app.jar(), app.folder(), Optional.of(cache));
            }
            failed(app, exitCode == 0 ? "it wrote no cache" : "exit code " + exitCode);
        } catch (IOException e) {
            failed(app, e.toString());
        }
        return app;
    }

    /** Records a training run of {@code app} that did not end well (also one stopped for taking too long). */
    void failed(App app, String reason) {
        var folder = app.folder().orElseThrow();
        var file = folder.resolve(FAILED_FILE);
        var attempts = attempts(app) + 1;
        PropertiesFile.write(file, Map.of("attempts", Integer.toString(attempts), "reason", reason), false);
        deleteQuietly(partial(app));
        deleteQuietly(partial(app).resolveSibling(partial(app).getFileName() + ".config"));
    }

    private int attempts(App app) {
        return app.folder()
                .map(f -> PropertiesFile.read(f.resolve(FAILED_FILE)).getOrDefault("attempts", "0"))
                .map(Integer::parseInt)
                .orElse(0);
    }

    /** Where a training run writes, until its cache is complete: per launcher, as two may train the same jar. */
    private static Path partial(App app) {
        return app.folder()
                .orElseThrow()
                .resolve(CACHE_FILE + ".partial-" + ProcessHandle.current().pid());
    }

    static boolean isBootJar(Path jar) throws IOException {
        try (var file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            return manifest != null && manifest.getMainAttributes().getValue("Spring-Boot-Version") != null;
        }
    }

    /**
     * The key of {@code jar} under the JDK and JVM options services run with: a digest of every entry's name, size
     * and CRC (the central directory: a few thousand entries, not the ~100 MB of content).
     */
    String key(Path jar) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (var zip = new ZipFile(jar.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                digest.update((entry.getName() + '\0' + entry.getSize() + '\0' + entry.getCrc() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        digest.update(("java " + javaVersion() + '\n').getBytes(StandardCharsets.UTF_8));
        digest.update(String.join(" ", options.serviceJvmOptions()).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(), 0, 8);
    }

    /** The JDK services run on: this one, unless the options name another {@code java}. */
    private String javaVersion() {
        var own = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return options.javaCommand().equals(own) ? System.getProperty("java.runtime.version") : options.javaCommand();
    }

    private void extract(ServiceDefinition service, Path built, Path folder) throws IOException {
        Files.createDirectories(folder);
        var temporary = folder.resolve(
                APP_DIR + ".extracting-" + ProcessHandle.current().pid());
        deleteRecursively(temporary);
        var log = layout.logFile(ServiceSpawner.trainingName(service.name()));
        Files.createDirectories(log.getParent());
        var command = List.of(
                options.javaCommand(),
                "-Djarmode=tools",
                "-jar",
                built.toString(),
                "extract",
                "--destination",
                temporary.toString(),
                "--application-filename",
                service.name() + ".jar");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!process.waitFor(Duration.ofMinutes(5).toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("extracting " + built + " took longer than 5 minutes");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting " + built, e);
        }
        if (process.exitValue() != 0) {
            deleteRecursively(temporary);
            throw new IOException(
                    "extracting " + built + " failed (exit code " + process.exitValue() + "; see " + log + ")");
        }
        var target = folder.resolve(APP_DIR);
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // Another launcher (the e2e suite next to ./emporium up) extracted the same jar meanwhile: use its.
            deleteRecursively(temporary);
            if (!Files.isDirectory(target)) {
                throw e;
            }
        }
    }

    /**
     * Folders of earlier builds of the same service: all but the newest {@link #KEPT_BUILDS} go (another data
     * folder's platform may still run from one of those, and a process reads its jars lazily).
     */
    private static void removeOtherKeys(Path folder) throws IOException {
        Files.setLastModifiedTime(folder, java.nio.file.attribute.FileTime.from(java.time.Instant.now()));
        try (var siblings = Files.list(folder.getParent())) {
            var others = siblings.filter(Files::isDirectory)
                    .filter(s -> !s.equals(folder))
                    .sorted(Comparator.comparing(AotCache::modified).reversed())
                    .toList();
            for (var old : others.subList(Math.min(others.size(), KEPT_BUILDS - 1), others.size())) {
                deleteRecursively(old);
            }
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            var all = new ArrayList<>(paths.toList());
            all.sort(Comparator.reverseOrder());
            for (var path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a left-over temporary file is overwritten by the next training
        }
    }
}
