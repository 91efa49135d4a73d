package org.emporium.bench.shop.faults;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import org.emporium.bench.shop.BenchPlatform;

/**
 * The fault suite as a script ({@code bench/faults/run.sh [full|ci] [rate]}): starts (or reuses) a platform in
 * {@code bench-shop/target/fault-platform} with the dev budgets, runs {@link FaultSuite}, prints one line per fault
 * and the consistency checks, writes the table to {@code bench-shop/target/faults-result.md}, and exits 1 when
 * anything did not hold. {@code --keep} leaves the platform running; {@code --data <folder>} uses (or starts) the
 * platform in that folder instead.
 */
public final class FaultBench {
    private FaultBench() {}

    public static void main(String[] args) throws Exception {
        var mode = args.length > 0 ? FaultSuite.Mode.valueOf(args[0].toUpperCase(Locale.ROOT)) : FaultSuite.Mode.CI;
        double rate = args.length > 1 ? Double.parseDouble(args[1]) : 10;
        var list = Arrays.asList(args);
        boolean keep = list.contains("--keep");
        var data = list.contains("--data")
                ? Path.of(list.get(list.indexOf("--data") + 1))
                : Path.of("bench-shop/target/fault-platform");
        System.out.printf(
                "fault suite %s at %.0f/s, %s, load average %s, %d cores%n",
                mode, rate, Instant.now(), loadAverage(), Runtime.getRuntime().availableProcessors());
        FaultSuite.Result result;
        try (var platform = BenchPlatform.start(Path.of("."), data, false, keep)) {
            var target = new FaultSuite.Target(
                    platform.layout(),
                    platform.infrastructure(),
                    platform.running().ports(),
                    platform.gateway());
            result = new FaultSuite(target, mode, System.out).run(rate);
        }
        var table = table(result);
        System.out.println(table);
        System.out.printf("load average after: %s; %s%n", loadAverage(), result.held() ? "HELD" : "DID NOT HOLD");
        Files.writeString(Path.of("bench-shop/target/faults-result.md"), table + result.consistency());
        System.exit(result.held() ? 0 : 1);
    }

    /** One row per fault, for docs/benchmarks.md. */
    public static String table(FaultSuite.Result result) {
        var text = new StringBuilder("| fault | requests | answers by status | errors | not problem+json | "
                + "checkout works again after | problems |\n|---|---:|---|---:|---:|---:|---|\n");
        for (var o : result.outcomes()) {
            text.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %d | %d | %.1f s | %s |%n",
                    o.fault(),
                    o.samples().count(),
                    o.samples().statuses(),
                    o.samples().errors(),
                    o.samples().notProblemJson(),
                    o.recovery().toMillis() / 1000.0,
                    o.problems().isEmpty() ? "none" : String.join("; ", o.problems())));
        }
        return text.toString();
    }

    private static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }
}
