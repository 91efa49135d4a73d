package org.emporium.launcher;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.emporium.infra.embedded.ProcessFiles;

/**
 * Starts processes that outlive the launcher (own session via {@code setsid}, or {@code nohup} where there is
 * none; stdin from /dev/null, stdout and stderr appended to a log file) and finds them again through pid files.
 *
 * <p>Each process carries a {@code -Demporium.process=<name>} marker on its command line, so a pid file whose
 * pid the OS has since given to an unrelated program is not mistaken for ours.
 */
final class DetachedProcesses {
    static final String MARKER = "-Demporium.process=";

    private static final Optional<String> SETSID = executable("/usr/bin/setsid", "/bin/setsid");
    private static final Optional<String> NOHUP = executable("/usr/bin/nohup", "/bin/nohup");

    private DetachedProcesses() {}

    static Process start(List<String> command, Map<String, String> env, Path workDir, Path logFile, Path pidFile) {
        var full = new ArrayList<String>();
        SETSID.or(() -> NOHUP).ifPresent(full::add);
        full.addAll(command);
        try {
            Files.createDirectories(logFile.getParent());
            Files.createDirectories(pidFile.getParent());
            var builder = new ProcessBuilder(full)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().clear();
            builder.environment().putAll(env);
            var process = builder.start();
            writePid(pidFile, process.pid());
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), e);
        }
    }

    /** The live process recorded in {@code pidFile} if it is the one named {@code name}. */
    static Optional<ProcessHandle> live(Path pidFile, String name) {
        return ProcessFiles.liveProcess(pidFile).filter(p -> isNamed(p, name));
    }

    static boolean isNamed(ProcessHandle process, String name) {
        var arguments = process.info().arguments();
        if (arguments.isPresent()) {
            return List.of(arguments.get()).contains(MARKER + name);
        }
        // Some systems hide other processes' arguments: settle for "it is a JVM".
        return process.info().command().map(c -> c.contains("java")).orElse(true);
    }

    /** SIGTERM to every process, then up to {@code grace} for each to end, then SIGKILL (descendants too). */
    static void stopAll(List<ProcessHandle> processes, Duration grace) {
        var threads = processes.stream()
                .map(p -> Thread.ofVirtual().start(() -> ProcessFiles.stop(p, grace)))
                .toList();
        for (var thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static void writePid(Path pidFile, long pid) {
        try {
            var temporary = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
            Files.writeString(temporary, pid + "\n");
            Files.move(temporary, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + pidFile, e);
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale pid file is harmless: its pid is checked before use
        }
    }

    private static Optional<String> executable(String... candidates) {
        for (var candidate : candidates) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The exit code of {@code process}, waiting for it to end; -1 when interrupted. */
    static int exitCode(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
