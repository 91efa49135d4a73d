package org.emporium.bench.shop;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.emporium.launcher.Layout;
import org.emporium.launcher.PlatformProcesses;

/**
 * CPU seconds and resident memory of every process of one platform, from {@code /proc} (Linux): each service, the
 * gateway, the infrastructure host (the embedded broker runs in it), PostgreSQL (the postmaster and its backends;
 * backends that exited count through the postmaster's children time) and Redis. Memory is RSS and PSS (shared
 * pages split among the processes that map them, so PostgreSQL's shared buffers count once, not per backend).
 */
public final class ProcessCost {
    private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

    private ProcessCost() {}

    /** One process group at one moment. */
    public record Usage(double cpuSeconds, long rssKb, long pssKb) {}

    /** Name → usage now. */
    public static Map<String, Usage> snapshot(Layout layout) {
        var result = new LinkedHashMap<String, Usage>();
        PlatformProcesses.live(layout).forEach((name, process) -> {
            boolean withChildren = name.equals(PlatformProcesses.POSTGRES);
            double cpu = 0;
            long rss = 0;
            long pss = 0;
            for (var p : (withChildren ? Stream.concat(Stream.of(process), process.descendants()) : Stream.of(process))
                    .toList()) {
                cpu += cpuSeconds(p.pid(), withChildren && p.pid() == process.pid());
                rss += memoryKb(p.pid(), "status", "VmRSS:");
                pss += memoryKb(p.pid(), "smaps_rollup", "Pss:");
            }
            result.put(name, new Usage(cpu, rss, pss));
        });
        return result;
    }

    /** CPU seconds spent between two snapshots, per name present in both. */
    public static Map<String, Double> cpuBetween(Map<String, Usage> before, Map<String, Usage> after) {
        var result = new LinkedHashMap<String, Double>();
        after.forEach((name, usage) -> {
            var earlier = before.get(name);
            if (earlier != null) {
                result.put(name, Math.max(0, usage.cpuSeconds() - earlier.cpuSeconds()));
            }
        });
        return result;
    }

    static double cpuSeconds(long pid, boolean withReapedChildren) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
            if (withReapedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]); // cutime, cstime
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0; // gone between listing and reading
        }
    }

    /** A {@code kB} line of {@code /proc/<pid>/<file>} (PSS splits shared pages among their users). */
    public static long memoryKb(long pid, String file, String prefix) {
        try (var lines = Files.lines(Path.of("/proc/" + pid + "/" + file))) {
            return lines.filter(l -> l.startsWith(prefix))
                    .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")))
                    .findFirst()
                    .orElse(0L);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
