package org.emporium.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * Resident memory of processes ({@code VmRSS} in {@code /proc/<pid>/status} on Linux, {@code ps -o rss=}
 * elsewhere) and a short form of an uptime, for {@code status}.
 */
final class ProcessMemory {
    private ProcessMemory() {}

    /** The resident set of {@code processes} together, in KiB; empty when the OS tells none of it. */
    static OptionalLong residentKib(List<ProcessHandle> processes) {
        long total = 0;
        boolean any = false;
        for (var process : processes) {
            var kib = residentKib(process.pid());
            if (kib.isPresent()) {
                total += kib.getAsLong();
                any = true;
            }
        }
        return any ? OptionalLong.of(total) : OptionalLong.empty();
    }

    static OptionalLong residentKib(long pid) {
        var status = Path.of("/proc", Long.toString(pid), "status");
        if (Files.isReadable(status)) {
            try {
                for (var line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                    }
                }
                return OptionalLong.empty(); // a zombie or a kernel thread
            } catch (IOException | NumberFormatException e) {
                return OptionalLong.empty();
            }
        }
        return fromPs(pid);
    }

    private static OptionalLong fromPs(long pid) {
        try {
            var process = new ProcessBuilder("ps", "-o", "rss=", "-p", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            var out = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0 || out.isEmpty()) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(out));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** {@code 42s}, {@code 5m03s}, {@code 2h07m}, {@code 3d04h}. */
    static String duration(Duration duration) {
        long s = Math.max(0, duration.toSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return String.format("%dm%02ds", s / 60, s % 60);
        }
        if (s < 86400) {
            return String.format("%dh%02dm", s / 3600, s % 3600 / 60);
        }
        return String.format("%dd%02dh", s / 86400, s % 86400 / 3600);
    }
}
