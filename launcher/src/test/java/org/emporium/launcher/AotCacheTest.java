package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AotCacheTest {
    @TempDir
    Path dir;

    @Test
    void theKeyFollowsTheJarsContentNotItsFileTime() throws IOException {
        var aot = aot(Map.of(), Platform.Options.DEFAULT_SERVICE_JVM_OPTIONS);
        var jar = bootJar(dir.resolve("a.jar"), "one");
        var key = aot.key(jar);

        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertThat(aot.key(jar)).as("a rebuild of the same sources").isEqualTo(key);

        bootJar(jar, "two");
        assertThat(aot.key(jar)).as("a changed jar").isNotEqualTo(key);
    }

    @Test
    void theKeyFollowsTheJvmOptionsTheCacheMustMatch() throws IOException {
        var jar = bootJar(dir.resolve("a.jar"), "one");

        var compact = aot(Map.of(), List.of("-XX:+UseCompactObjectHeaders")).key(jar);
        var plain = aot(Map.of(), List.of("-XX:-UseCompactObjectHeaders")).key(jar);

        assertThat(compact).isNotEqualTo(plain);
    }

    @Test
    void aJarThatIsNotABootJarRunsFromACopyWithoutACache() throws IOException {
        var aot = aot(Map.of(), Platform.Options.DEFAULT_SERVICE_JVM_OPTIONS);
        var jar = dir.resolve("repository/gateway/target/gateway-exec.jar");
        FakeService.writeJar(jar);

        var app = aot.prepare(ServiceRegistry.byName("gateway").orElseThrow(), jar);

        assertThat(AotCache.isBootJar(jar)).isFalse();
        assertThat(app.jar()).isEqualTo(dir.resolve("data/jars/gateway.jar"));
        assertThat(app.cache()).isEmpty();
        assertThat(app.jvmOptions()).isEmpty();
        assertThat(aot.needsTraining(app)).isFalse();
        assertThat(aot.withoutCacheReason(app)).contains("not a Spring Boot jar");
    }

    @Test
    void aFinishedTrainingGivesTheCacheAFailedOneIsTriedTwiceThenNoMore() throws IOException {
        var aot = aot(Map.of(), Platform.Options.DEFAULT_SERVICE_JVM_OPTIONS);
        var folder = Files.createDirectories(dir.resolve("aot/catalog/k1"));
        var untrained =
                new AotCache.App("catalog", folder.resolve("app/catalog.jar"), Optional.of(folder), Optional.empty());
        assertThat(aot.needsTraining(untrained)).isTrue();
        var output = aot.trainingOptions(untrained).getFirst();
        assertThat(output).startsWith("-XX:AOTCacheOutput=");

        assertThat(aot.finishTraining(untrained, 1).cache()).isEmpty();
        assertThat(aot.needsTraining(untrained)).as("one more try").isTrue();
        assertThat(aot.finishTraining(untrained, 0).cache())
                .as("exit 0 but no file")
                .isEmpty();
        assertThat(aot.needsTraining(untrained)).as("two failures").isFalse();
        assertThat(aot.withoutCacheReason(untrained)).contains("training failed: it wrote no cache");

        Files.writeString(Path.of(output.substring(output.indexOf('=') + 1)), "cache", StandardCharsets.UTF_8);
        var trained = aot.finishTraining(untrained, 0);
        assertThat(trained.cache()).contains(folder.resolve(AotCache.CACHE_FILE));
        assertThat(trained.jvmOptions()).containsExactly("-XX:AOTCache=" + folder.resolve(AotCache.CACHE_FILE));
        assertThat(aot.withoutCacheReason(trained)).isEmpty();
    }

    @Test
    void offMeansNoCacheAndNoExtraction() throws IOException {
        var aot = aot(Map.of("EMPORIUM_AOT", "off"), Platform.Options.DEFAULT_SERVICE_JVM_OPTIONS);
        var jar = bootJar(dir.resolve("repository/services/catalog/target/catalog-exec.jar"), "one");

        var app = aot.prepare(ServiceRegistry.byName("catalog").orElseThrow(), jar);

        assertThat(app.folder()).isEmpty();
        assertThat(app.cache()).isEmpty();
        assertThat(aot.needsTraining(app)).isFalse();
        assertThat(aot.withoutCacheReason(app)).contains("EMPORIUM_AOT=off");
    }

    private AotCache aot(Map<String, String> env, List<String> jvm) {
        var layout = new Layout(dir.resolve("repository"), dir.resolve("data"));
        var environment = new HashMap<>(System.getenv());
        environment.putAll(env);
        var defaults = Platform.Options.defaults(layout, false).withEnvironment(environment);
        return new AotCache(new Platform.Options(
                layout,
                false,
                defaults.environment(),
                defaults.out(),
                defaults.infraTimeout(),
                defaults.serviceTimeout(),
                defaults.parallelism(),
                jvm,
                defaults.javaCommand(),
                defaults.classpath(),
                defaults.services()));
    }

    /** A jar with the manifest attribute that marks a Spring Boot jar and one entry of {@code content}. */
    private static Path bootJar(Path jar, String content) throws IOException {
        Files.createDirectories(jar.getParent());
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Spring-Boot-Version", "4.0.7");
        try (var out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.putNextEntry(new JarEntry("BOOT-INF/classes/content.txt"));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return jar;
    }
}
