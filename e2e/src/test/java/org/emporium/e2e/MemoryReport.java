package org.emporium.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.emporium.bench.shop.ProcessCost;

/**
 * The platform's memory by process, from {@code /proc/<pid>/smaps_rollup} (bench-shop's {@link ProcessCost#memoryKb}): RSS, and PSS (pages shared between
 * processes split between them, so PostgreSQL's shared buffers count once). What bench/startup reports at idle, here
 * after the journeys (docs/benchmarks.md, "Start-up and footprint"). A measurement printed for the record, never an
 * assertion. Linux only; elsewhere it says so.
 */
final class MemoryReport {
    private static final Pattern MARKER = Pattern.compile("-Demporium\\.process=([a-z_]+)");

    private MemoryReport() {}

    static String of(List<ProcessHandle> processes) {
        var rows = new TreeMap<String, long[]>(); // name -> count, RSS KiB, PSS KiB
        for (var process : processes) {
            long rss = ProcessCost.memoryKb(process.pid(), "smaps_rollup", "Rss:");
            if (rss == 0) {
                continue; // gone, or no /proc here
            }
            var row = rows.computeIfAbsent(name(process), n -> new long[3]);
            row[0]++;
            row[1] += rss;
            row[2] += ProcessCost.memoryKb(process.pid(), "smaps_rollup", "Pss:");
        }
        if (rows.isEmpty()) {
            return "  (no /proc/<pid>/smaps_rollup here: memory not reported)" + System.lineSeparator();
        }
        var out = new StringBuilder(String.format("  %-14s %5s %9s %9s%n", "process", "count", "RSS MiB", "PSS MiB"));
        long rss = 0;
        long pss = 0;
        for (var entry : rows.entrySet()) {
            var row = entry.getValue();
            out.append(String.format("  %-14s %5d %9d %9d%n", entry.getKey(), row[0], row[1] / 1024, row[2] / 1024));
            rss += row[1];
            pss += row[2];
        }
        out.append(String.format(
                "  %-14s %5s %9d %9d   (%.2f GiB RSS, %.2f GiB PSS)%n",
                "TOTAL", "", rss / 1024, pss / 1024, rss / 1048576.0, pss / 1048576.0));
        return out.toString();
    }

    private static String name(ProcessHandle process) {
        var line = process.info().commandLine().orElse("");
        var marker = MARKER.matcher(line);
        if (marker.find()) {
            return marker.group(1);
        }
        var command = process.info().command().orElse("");
        if (command.contains("postgres")) {
            return "postgres";
        }
        if (command.contains("redis")) {
            return "redis";
        }
        return Path.of(command.isEmpty() ? "?" : command).getFileName().toString();
    }
}
