package org.emporium.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of a real dump: this JVM's, taken by jcmd while one of its threads waits for a lock held here. */
class ThreadDumpsTest {
    @Test
    void aBlockedThreadIsCountedAndShownWithTheLockItWaitsFor(@TempDir Path dir) throws Exception {
        var lock = new Object();
        Thread waiter;
        synchronized (lock) {
            waiter = Thread.ofPlatform().name("waits-for-the-test-lock").start(() -> {
                synchronized (lock) {
                    lock.notifyAll();
                }
            });
            await().atMost(Duration.ofSeconds(10)).until(() -> waiter.getState() == Thread.State.BLOCKED);
            var file = dir.resolve("threads.txt");

            assertThat(ThreadDumps.jcmd(ProcessHandle.current().pid(), file, "Thread.print", "-l"))
                    .isTrue();
            var summary = ThreadDumps.summary(Files.readAllLines(file));

            assertThat(summary).containsPattern("\\d+ threads \\{.*BLOCKED=1.*\\}");
            assertThat(summary).contains("\"waits-for-the-test-lock\"").contains("waiting to lock");
        }
        waiter.join(10_000);
    }

    @Test
    void aProcessThatIsGoneGivesNoDump(@TempDir Path dir) {
        assertThat(ThreadDumps.jcmd(Long.MAX_VALUE / 2, dir.resolve("none.txt"), "Thread.print"))
                .isFalse();
    }
}
