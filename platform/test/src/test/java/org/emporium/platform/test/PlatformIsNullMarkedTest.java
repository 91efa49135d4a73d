package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * ADR 0004: every package of platform and contracts is {@code @NullMarked}. The modules on this module's class path
 * are checked by the ArchUnit rule on their classes; the others (web, security, messaging, observability, contracts
 * depend on platform-test or are not on its class path) by their sources, which Maven runs this test next to.
 */
class PlatformIsNullMarkedTest {
    private static final Path REPOSITORY =
            Path.of("").toAbsolutePath().getParent().getParent();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "org.emporium.platform.test",
                "org.emporium.platform.mediator",
                "org.emporium.platform.core",
                "org.emporium.infra.embedded"
            })
    void everyPackageOnTheClassPathIsNullMarked(String rootPackage) {
        ServiceArchitecture.checkNullMarked(rootPackage);
    }

    @Test
    void everyPackageInTheSourcesIsNullMarked() throws IOException {
        var roots = new ArrayList<Path>();
        try (Stream<Path> modules = Files.list(REPOSITORY.resolve("platform"))) {
            modules.map(module -> module.resolve("src/main/java"))
                    .filter(Files::isDirectory)
                    .forEach(roots::add);
        }
        roots.add(REPOSITORY.resolve("contracts/src/main/java"));
        assertThat(roots).hasSizeGreaterThan(5);

        var unmarked = new ArrayList<String>();
        for (var root : roots) {
            for (var folder : packagesIn(root)) {
                var info = folder.resolve("package-info.java");
                if (!Files.exists(info) || !Files.readString(info).contains("@NullMarked")) {
                    unmarked.add(REPOSITORY.relativize(folder).toString());
                }
            }
        }
        assertThat(unmarked)
                .as("packages without @NullMarked in package-info.java")
                .isEmpty();
    }

    private static List<Path> packagesIn(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .map(Path::getParent)
                    .distinct()
                    .toList();
        }
    }
}
