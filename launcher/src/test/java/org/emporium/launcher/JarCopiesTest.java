package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JarCopiesTest {
    @TempDir
    Path dir;

    @Test
    void aCopyThatFailsHalfwayLeavesTheOldJarWholeAndNoTemporaryFile() throws IOException {
        var jars = Files.createDirectories(dir.resolve("jars"));
        var target = Files.writeString(jars.resolve("catalog.jar"), "the old, complete jar");

        assertThatThrownBy(() -> JarCopies.replace(target, temporary -> {
                    Files.writeString(temporary, "half of the new");
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(target).hasContent("the old, complete jar");
        try (var files = Files.list(jars)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aProcessHoldingTheOldJarOpenKeepsReadingItWhileTheNewOneReplacesIt() throws IOException {
        var source = Files.writeString(dir.resolve("catalog-exec.jar"), "new");
        var target =
                Files.writeString(Files.createDirectories(dir.resolve("jars")).resolve("catalog.jar"), "old");

        try (var reader = Files.newBufferedReader(target)) {
            JarCopies.copy(source, target);

            assertThat(reader.readLine()).isEqualTo("old");
        }
        assertThat(target).hasContent("new");
    }
}
