import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The catalog benchmark (not a test): search latency per typical query, sequential, and product reads at a fixed
 * arrival rate (open model, so a slow server cannot slow the load down and hide its latency). Prints p50/p99.
 *
 * <p>Usage: {@code java CatalogBench.java <baseUrl> [readRate] [readSeconds] [all|search|reads]}, e.g.
 * {@code http://127.0.0.1:9002} for the service or {@code http://127.0.0.1:8080} through the gateway. Bounded: it
 * stops by itself.
 */
public class CatalogBench {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:9002";
        var rate = args.length > 1 ? Integer.parseInt(args[1]) : 700;
        var seconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        var what = args.length > 3 ? args[3] : "all";
        if (what.equals("reads")) {
            reads(base, rate, seconds);
            return;
        }
        var queries = List.of(
                Map.entry("text 'head' (prefix)", "/api/catalog/products?q=head"),
                Map.entry("text 'wireless speaker'", "/api/catalog/products?q=wireless%20speaker"),
                Map.entry("text + category + sort price", "/api/catalog/products?q=lamp&category=bench-root-2&sort=price"),
                Map.entry("browse category (25k rows)", "/api/catalog/products?category=bench-root-3"),
                Map.entry("brand + price range + in stock", "/api/catalog/products?brand=Helios&minPrice=100&maxPrice=800&inStock=true"),
                Map.entry("browse all, newest (100k rows)", "/api/catalog/products?sort=newest"),
                Map.entry("text, page 10", "/api/catalog/products?q=premium&page=10"));
        System.out.printf("%-34s %8s %8s %8s%n", "search query", "p50 ms", "p99 ms", "total");
        for (var entry : queries) {
            for (int i = 0; i < 20; i++) {
                call(base + entry.getValue());
            }
            var times = new double[300];
            String total = "";
            for (int i = 0; i < times.length; i++) {
                var start = System.nanoTime();
                var body = call(base + entry.getValue());
                times[i] = (System.nanoTime() - start) / 1e6;
                var at = body.indexOf("\"total\":");
                total = at < 0 ? "?" : body.substring(at + 8, body.indexOf(',', at));
            }
            System.out.printf("%-34s %8.1f %8.1f %8s%n", entry.getKey(), p(times, 50), p(times, 99), total);
        }
        if (what.equals("all")) {
            reads(base, rate, seconds);
        }
    }

    /** Product reads by slug at {@code rate} per second for {@code seconds}, after 5 s of warm-up at half the rate. */
    private static void reads(String base, int rate, int seconds) throws Exception {
        readLoad(base, Math.max(1, rate / 2), 5, false);
        readLoad(base, rate, seconds, true);
    }

    private static void readLoad(String base, int rate, int seconds, boolean report) throws Exception {
        var latencies = new double[rate * seconds];
        var failures = new AtomicInteger();
        var done = new AtomicInteger();
        var interval = 1_000_000_000L / rate;
        var start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < latencies.length; i++) {
                var due = start + i * interval;
                var wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                var index = i;
                var slug = "bench-" + (1 + (i * 7919L) % 100_000);
                pool.submit(() -> {
                    try {
                        var response = HTTP.send(
                                HttpRequest.newBuilder(URI.create(base + "/api/catalog/products/" + slug))
                                        .timeout(Duration.ofSeconds(5))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    // Measured from when the request was due, not when it was sent (no coordinated omission).
                    latencies[index] = (System.nanoTime() - due) / 1e6;
                    done.incrementAndGet();
                });
            }
        }
        var elapsed = (System.nanoTime() - start) / 1e9;
        if (!report) {
            return;
        }
        System.out.printf(
                "product reads: %d at %d/s offered, %.0f/s achieved, p50 %.1f ms, p99 %.1f ms, failures %d%n",
                done.get(), rate, done.get() / elapsed, p(latencies, 50), p(latencies, 99), failures.get());
    }

    private static String call(String url) throws Exception {
        var response = HTTP.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static double p(double[] values, int percentile) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
