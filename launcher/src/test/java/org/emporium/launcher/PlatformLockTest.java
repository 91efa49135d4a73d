package org.emporium.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock between two processes: a second command waits, says why, and goes on once the first is gone. */
class PlatformLockTest {
    @TempDir
    Path dir;

    /** Run in a child JVM: takes the lock of the data folder {@code args[0]}, says so, and holds it until killed. */
    public static void main(String[] args) throws InterruptedException {
        try (var lock = PlatformLock.acquire(new Layout(Path.of("."), Path.of(args[0])), System.out)) {
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(5));
        }
    }

    @Test
    void aSecondCommandWaitsForTheFirstAndSaysWhoHoldsTheLock() throws Exception {
        var layout = new Layout(dir, dir.resolve("data"));
        var holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        PlatformLockTest.class.getName(),
                        layout.root().toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("holder.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> Files.exists(dir.resolve("holder.log"))
                            && Files.readString(dir.resolve("holder.log")).contains("locked"));
            var said = new ByteArrayOutputStream();
            var second = CompletableFuture.supplyAsync(
                    () -> PlatformLock.acquire(layout, new PrintStream(said, true, StandardCharsets.UTF_8)));

            await().atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(said.toString(StandardCharsets.UTF_8))
                            .contains("Another emporium command (pid " + holder.pid() + ")")
                            .contains("waiting"));
            assertThat(second).isNotDone();

            holder.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

            try (var lock = second.get(30, TimeUnit.SECONDS)) {
                assertThat(PlatformLock.file(layout))
                        .content()
                        .startsWith(Long.toString(ProcessHandle.current().pid()));
            }
        } finally {
            holder.destroyForcibly();
        }
    }
}
