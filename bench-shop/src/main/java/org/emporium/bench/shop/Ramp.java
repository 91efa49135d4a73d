package org.emporium.bench.shop;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The mix at rising arrival rates, one step after the other, until a step breaks: p99 of a read over 200 ms, p99 of
 * a write over 400 ms, any error, or fewer than 95 % of the arrivals answered within the step. The knee is the last
 * step that held; the bottleneck is named by the process that burnt the most CPU in the first step that broke.
 */
public final class Ramp {
    static final double READ_P99_MS = 200;
    static final double WRITE_P99_MS = 400;

    /** One step's outcome: its rate, the driver's own figures, what the mix saw, CPU and memory per process. */
    public record Step(
            double rate,
            OpenLoop.Run run,
            Samples samples,
            Map<String, Double> cpuSeconds,
            Map<String, ProcessCost.Usage> memory) {

        /** Answers per second over the step's wall time. */
        public double achieved() {
            return samples.count() / Math.max(0.001, run.elapsed().toNanos() / 1e9);
        }

        /** Why the step broke the targets; empty when it held. */
        public List<String> breaks() {
            var reasons = new ArrayList<String>();
            samples.kinds().forEach((kind, k) -> {
                double limit = ShopMix.Kind.valueOf(kind).read() ? READ_P99_MS : WRITE_P99_MS;
                if (k.percentile(0.99) > limit) {
                    reasons.add(String.format(Locale.ROOT, "%s p99 %.0f ms > %.0f", kind, k.percentile(0.99), limit));
                }
            });
            if (samples.errors() > 0) {
                reasons.add(samples.errors() + " errors");
            }
            if (samples.count() < 0.95 * run.arrivals()) {
                reasons.add("only " + samples.count() + " of " + run.arrivals() + " answered");
            }
            return reasons;
        }

        /** The process with the most CPU seconds in this step. */
        public Optional<String> busiest() {
            return cpuSeconds.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(Map.Entry::getKey);
        }
    }

    private Ramp() {}

    /**
     * Runs each rate for {@code stepLength}, stopping after the first step that breaks.
     *
     * @param usage CPU and memory per process now (called before and after each step)
     */
    public static List<Step> run(
            ShopMix mix,
            List<Double> rates,
            Duration stepLength,
            Supplier<Map<String, ProcessCost.Usage>> usage,
            java.io.PrintStream out) {
        var steps = new ArrayList<Step>();
        for (var rate : rates) {
            var before = usage.get();
            mix.swap();
            var run = OpenLoop.run(rate, stepLength, mix::arrival);
            var samples = mix.swap();
            var after = usage.get();
            var step = new Step(rate, run, samples, ProcessCost.cpuBetween(before, after), after);
            steps.add(step);
            out.println(describe(step));
            if (!step.breaks().isEmpty()) {
                break;
            }
        }
        return steps;
    }

    /** The last step that held, if any. */
    public static Optional<Step> knee(List<Step> steps) {
        Step knee = null;
        for (var step : steps) {
            if (!step.breaks().isEmpty()) {
                break;
            }
            knee = step;
        }
        return Optional.ofNullable(knee);
    }

    /** A step as a few lines: the summary, then p50/p95/p99 and statuses per kind, then CPU per process. */
    public static String describe(Step step) {
        var text = new StringBuilder();
        text.append(String.format(
                Locale.ROOT,
                "step %.0f/s: %d arrivals in %.1f s, %.1f answered/s, worst start lag %d ms, errors %d, statuses %s%s%n",
                step.rate(),
                step.run().arrivals(),
                step.run().elapsed().toNanos() / 1e9,
                step.achieved(),
                step.run().worstStartLag().toMillis(),
                step.samples().errors(),
                step.samples().statuses(),
                step.breaks().isEmpty() ? "" : " — BROKE: " + String.join("; ", step.breaks())));
        step.samples()
                .kinds()
                .forEach((kind, k) -> text.append(String.format(
                        Locale.ROOT,
                        "  %-9s n=%-6d p50 %7.1f  p95 %7.1f  p99 %7.1f ms  %s%n",
                        kind,
                        k.count(),
                        k.percentile(0.50),
                        k.percentile(0.95),
                        k.percentile(0.99),
                        k.statuses())));
        double seconds = step.run().elapsed().toNanos() / 1e9;
        text.append("  cpu (cores busy):");
        step.cpuSeconds().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> text.append(String.format(Locale.ROOT, " %s %.2f", e.getKey(), e.getValue() / seconds)));
        text.append(System.lineSeparator());
        return text.toString();
    }

    /** The ramp as a Markdown table, for docs/benchmarks.md. */
    public static String table(List<Step> steps) {
        var text = new StringBuilder();
        text.append("| offered/s | answered/s | reads p50 / p99 ms | checkout p50 / p99 ms | pay p99 ms | errors "
                + "| statuses | CPU cores busy (top 3) |\n");
        text.append("|---:|---:|---|---|---:|---:|---|---|\n");
        for (var step : steps) {
            var checkout = step.samples().kinds().get("CHECKOUT");
            var pay = step.samples().kinds().get("PAY");
            double seconds = step.run().elapsed().toNanos() / 1e9;
            var top = step.cpuSeconds().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                    .limit(3)
                    .map(e -> String.format(Locale.ROOT, "%s %.2f", e.getKey(), e.getValue() / seconds))
                    .toList();
            text.append(String.format(
                    Locale.ROOT,
                    "| %.0f | %.1f | %s | %s | %s | %d | %s | %s |%n",
                    step.rate(),
                    step.achieved(),
                    readsCell(step),
                    checkout == null
                            ? "–"
                            : String.format(
                                    Locale.ROOT, "%.0f / %.0f", checkout.percentile(0.5), checkout.percentile(0.99)),
                    pay == null ? "–" : String.format(Locale.ROOT, "%.0f", pay.percentile(0.99)),
                    step.samples().errors(),
                    step.samples().statuses(),
                    String.join(", ", top)));
        }
        return text.toString();
    }

    /** Median and p99 over all read requests of the step together. */
    private static String readsCell(Step step) {
        var merged = step.samples().kinds().entrySet().stream()
                .filter(e -> ShopMix.Kind.valueOf(e.getKey()).read())
                .flatMapToDouble(e -> e.getValue().latencies())
                .toArray();
        return String.format(
                Locale.ROOT,
                "%.0f / %.0f",
                Samples.Kind.percentile(merged, 0.5),
                Samples.Kind.percentile(merged, 0.99));
    }
}
