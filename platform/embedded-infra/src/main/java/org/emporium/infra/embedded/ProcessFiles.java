package org.emporium.infra.embedded;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Pid-file handling shared by the servers that run as separate OS processes. */
public final class ProcessFiles {
    private ProcessFiles() {}

    /** The live process whose pid is on the first line of {@code pidFile}, if any. */
    public static Optional<ProcessHandle> liveProcess(Path pidFile) {
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            var lines = Files.readAllLines(pidFile);
            if (lines.isEmpty() || lines.getFirst().isBlank()) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.getFirst().trim())).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops a process left behind by an earlier run that was killed hard: asks politely, then forcibly.
     *
     * @return true if a process was found and stopped
     */
    public static boolean stopLeftover(Path pidFile, String expectedCommandFragment, Duration grace) {
        var process = liveProcess(pidFile)
                .filter(p -> p.info()
                        .command()
                        .map(c -> c.contains(expectedCommandFragment))
                        .orElse(true));
        if (process.isEmpty()) {
            return false;
        }
        stop(process.get(), grace);
        return true;
    }

    /** SIGTERM, wait up to {@code grace}, then SIGKILL; also for the process's descendants. */
    public static void stop(ProcessHandle process, Duration grace) {
        var children = process.descendants().toList();
        process.destroy();
        waitFor(process, grace);
        if (process.isAlive()) {
            process.destroyForcibly();
            waitFor(process, Duration.ofSeconds(5));
        }
        children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static void waitFor(ProcessHandle process, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (process.isAlive() && Instant.now().isBefore(deadline)) {
            try {
                process.onExit().get(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
