package org.emporium.bench.shop;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The shop benchmark (not a test; {@code bench/shop/run.sh}): starts (or reuses) a platform with raised budgets,
 * sets up products, coupons and customers, warms the JVMs up with the mix, ramps the mix through the given rates
 * and reports each step, the knee and the bottleneck, then waits for events to settle and runs the consistency
 * checks. The Markdown table goes to {@code bench-shop/target/shop-result.md} too.
 *
 * <p>Options: {@code --rates 10,50,100,200,300,400} {@code --step-seconds 30} {@code --warmup-seconds 60}
 * {@code --customers 300} {@code --products 40} {@code --data <folder>} {@code --keep} (leave the platform up).
 */
public final class ShopBench {
    private ShopBench() {}

    public static void main(String[] args) throws Exception {
        var options = Options.parse(args);
        var out = System.out;
        out.printf(
                "shop bench %s, load average %s, %d cores%n",
                Instant.now(), loadAverage(), Runtime.getRuntime().availableProcessors());
        try (var platform = BenchPlatform.start(Path.of("."), options.data, true, options.keep)) {
            var client = new ShopClient(platform.gateway(), Duration.ofSeconds(10));
            var data = ShopData.create(client, options.products, 1_000_000, 10, 200, options.customers);
            out.printf(
                    "set up: %d products, %d coupons, %d customers (marker %s)%n",
                    data.products.size(), data.coupons.size(), data.customers.size(), data.marker);
            var mix = new ShopMix(client, data, Set.of());
            out.printf("warm-up: %d s at %.0f/s%n", options.warmup, options.rates.getFirst());
            OpenLoop.run(options.rates.getFirst(), Duration.ofSeconds(options.warmup), mix::arrival);
            var steps = Ramp.run(
                    mix,
                    options.rates,
                    Duration.ofSeconds(options.stepSeconds),
                    () -> ProcessCost.snapshot(platform.layout()),
                    out);
            var table = Ramp.table(steps);
            out.println(table);
            var knee = Ramp.knee(steps);
            var broken = steps.stream().filter(s -> !s.breaks().isEmpty()).findFirst();
            var verdict = String.format(
                    Locale.ROOT,
                    "knee: %s; first broken step: %s%n",
                    knee.map(s -> String.format(Locale.ROOT, "%.0f/s", s.rate()))
                            .orElse("none held"),
                    broken.map(s -> String.format(
                                    Locale.ROOT,
                                    "%.0f/s (%s; busiest process %s)",
                                    s.rate(),
                                    String.join("; ", s.breaks()),
                                    s.busiest().orElse("?")))
                            .orElse("none (the last rate held)"));
            out.print(verdict);
            var memory = steps.getLast().memory().entrySet().stream()
                    .map(e -> String.format(
                            Locale.ROOT,
                            "%s %d/%d",
                            e.getKey(),
                            e.getValue().rssKb() / 1024,
                            e.getValue().pssKb() / 1024))
                    .collect(Collectors.joining(", "));
            out.println("memory after the last step, RSS/PSS MiB: " + memory);
            out.println("consistency checks (waiting up to 3 min for events to settle):");
            var report = new ConsistencyChecks(platform.infrastructure())
                    .await(data.initialStock, mix.placedOrders(), Duration.ofMinutes(2), Duration.ofMinutes(3));
            out.print(report);
            out.printf("load average after: %s%n", loadAverage());
            Files.createDirectories(Path.of("bench-shop/target"));
            Files.writeString(
                    Path.of("bench-shop/target/shop-result.md"),
                    table + System.lineSeparator() + verdict + "memory RSS/PSS MiB: " + memory + System.lineSeparator()
                            + report);
        }
    }

    static String loadAverage() {
        try {
            return String.join(
                    " ",
                    Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (Exception e) {
            return "?";
        }
    }

    private record Options(
            List<Double> rates, int stepSeconds, int warmup, int customers, int products, Path data, boolean keep) {
        static Options parse(String[] args) {
            var rates = List.of(10.0, 50.0, 100.0, 200.0, 300.0, 400.0);
            int step = 30;
            int warmup = 60;
            int customers = 300;
            int products = 40;
            var data = Path.of("bench-shop/target/bench-platform");
            boolean keep = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--rates" ->
                        rates = Arrays.stream(args[++i].split(","))
                                .map(Double::parseDouble)
                                .toList();
                    case "--step-seconds" -> step = Integer.parseInt(args[++i]);
                    case "--warmup-seconds" -> warmup = Integer.parseInt(args[++i]);
                    case "--customers" -> customers = Integer.parseInt(args[++i]);
                    case "--products" -> products = Integer.parseInt(args[++i]);
                    case "--data" -> data = Path.of(args[++i]);
                    case "--keep" -> keep = true;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            return new Options(rates, step, warmup, customers, products, data, keep);
        }
    }
}
