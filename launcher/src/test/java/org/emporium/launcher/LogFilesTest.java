package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogFilesTest {

    @Test
    void tailReturnsTheLastLines(@TempDir Path dir) throws Exception {
        var log = dir.resolve("svc.log");
        Files.writeString(log, "one\ntwo\nthree\nfour\n");

        assertThat(LogFiles.tail(log, 2)).containsExactly("three", "four");
        assertThat(LogFiles.tail(log, 10)).containsExactly("one", "two", "three", "four");
        assertThat(LogFiles.tail(dir.resolve("missing.log"), 5)).isEmpty();
    }

    @Test
    void rotateKeepsThePreviousRunAndStartsWithAHeader(@TempDir Path dir) throws Exception {
        var log = dir.resolve("svc.log");
        Files.writeString(log, "old run\n");

        LogFiles.rotate(log, "== new run ==");

        assertThat(Files.readString(dir.resolve("svc.log.1"))).isEqualTo("old run\n");
        assertThat(LogFiles.tail(log, 5)).containsExactly("== new run ==");
    }
}
