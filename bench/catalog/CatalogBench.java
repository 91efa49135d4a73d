import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * The catalog search benchmark (not a test): each typical query 20× to warm up, then 300× one after the other;
 * prints p50/p99 and the total number of matches. Product reads under load are measured with wrk (run.sh), which
 * costs the shared CPU far less than a Java client would.
 *
 * <p>Usage: {@code java CatalogBench.java <baseUrl>}, e.g. {@code http://127.0.0.1:9002} for the service or
 * {@code http://127.0.0.1:8080} through the gateway. Bounded: it stops by itself.
 */
public class CatalogBench {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            // HTTP/1.1 keep-alive, like a browser or a proxy; the default (HTTP/2) sends an h2c upgrade request on
            // every new connection.
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public static void main(String[] args) throws Exception {
        var base = args.length > 0 ? args[0] : "http://127.0.0.1:9002";
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
