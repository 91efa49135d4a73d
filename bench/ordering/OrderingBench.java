import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The ordering benchmark (not a test): checkouts through the gateway at a fixed rate (open loop: a checkout starts on
 * schedule whether or not earlier ones have answered), each of a basket of 3 lines. Prints p50/p99/max of the
 * {@code POST /api/ordering/orders}, p50/p99 of checkout → the order reads {@code AWAITING_PAYMENT} (from the
 * order's history, read after the run), the error count, and CPU seconds per checkout of each process named in {@code BENCH_PIDS}
 * ({@code name=pid,...}, read from /proc/<pid>/stat before and after).
 *
 * <p>Usage: {@code java OrderingBench.java <gatewayUrl> [ratePerSecond=20] [seconds=60] [customers=40]} against a
 * platform in the dev profile ({@code ./emporium up}): it signs in the demo admin, creates 3 products with a large
 * stock, registers {@code customers} customers (within the dev registration budget) and shares the checkouts among
 * them, so no customer exceeds the per-user checkout budget (60/min). Bounded: it stops by itself.
 */
public class OrderingBench {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    /** When the measured run started ({@link System#nanoTime()}), and the POST times by 5-second window of it. */
    private static volatile long RUN_START;

    private static final java.util.concurrent.ConcurrentHashMap<Long, ConcurrentLinkedQueue<Double>> WINDOWS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern AWAITING_AT =
            Pattern.compile("\"to\"\\s*:\\s*\"AWAITING_PAYMENT\"[^}]*?\"at\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int customerCount = args.length > 3 ? Integer.parseInt(args[3]) : 40;

        var admin = login("admin@emporium.dev", "Admin123!demo");
        var category = first(ID, call("GET", "/api/catalog/categories", null, null, Map.of()).body());
        var products = new ArrayList<String>();
        for (int i = 0; i < 3; i++) {
            var created = call("POST", "/api/catalog/products", admin, """
                    {"name":"Bench product %s","description":"ordering benchmark","categoryId":"%s","brand":"Bench",
                     "price":"%d.90","currency":"EUR","stock":1000000,"status":"ACTIVE"}"""
                    .formatted(UUID.randomUUID(), category, 10 + i), Map.of());
            expect(created, 201);
            products.add(first(ID, created.body()));
        }
        var customers = new ArrayList<String>();
        for (int i = 0; i < customerCount; i++) {
            customers.add(newCustomer());
        }
        System.out.printf("set up: 3 products, %d customers; %d checkouts/s for %d s%n", customerCount, rate, seconds);

        // Warm-up, not measured: one checkout per customer, all at once. The first checkout of a new customer with
        // new products takes the cold paths of every service (a new basket, products not yet in basket's copy):
        // measured, it was a 2.6 s stall in the run's first 5 s, and nothing like it after (docs/benchmarks.md).
        var warmPost = new ConcurrentLinkedQueue<Double>();
        var warmErrors = new ConcurrentLinkedQueue<String>();
        var warmStart = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (var customer : customers) {
                pool.submit(() -> {
                    try {
                        checkout(customer, products, warmPost, new ConcurrentLinkedQueue<>());
                    } catch (Exception e) {
                        warmErrors.add(e.getMessage());
                    }
                });
            }
        }
        System.out.printf("warm-up (not measured): %d checkouts, one per customer at once, in %.1f s, POST max %.0f ms,"
                + " errors %d%n", warmPost.size(), (System.nanoTime() - warmStart) / 1e9,
                warmPost.stream().mapToDouble(Double::doubleValue).max().orElse(0), warmErrors.size());
        WINDOWS.clear();
        Thread.sleep(2000);

        var pids = pids();
        var before = cpu(pids);
        var post = new ConcurrentLinkedQueue<Double>();
        var awaiting = new ConcurrentLinkedQueue<Double>();
        var placedOrders = new ConcurrentLinkedQueue<Placed>();
        var errors = new ConcurrentLinkedQueue<String>();
        var done = new AtomicInteger();
        int total = rate * seconds;
        var start = System.nanoTime();
        RUN_START = start;
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < total; n++) {
                long due = start + (long) (n * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                var customer = customers.get(n % customers.size());
                pool.submit(() -> {
                    try {
                        checkout(customer, products, post, placedOrders);
                    } catch (Exception e) {
                        errors.add(e.getMessage());
                    } finally {
                        done.incrementAndGet();
                    }
                });
            }
        }
        var after = cpu(pids);
        double elapsed = (System.nanoTime() - start) / 1e9;
        awaiting(List.copyOf(placedOrders), awaiting, errors);
        System.out.printf("checkouts: %d in %.1f s, errors %d%n", post.size(), elapsed, errors.size());
        errors.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
        report("POST /api/ordering/orders", post);
        report("checkout -> AWAITING_PAYMENT", awaiting);
        var windows = new StringBuilder("POST max per 5 s of the run (s: ms):");
        new java.util.TreeMap<>(WINDOWS).forEach((w, times) -> windows.append(String.format(" %d: %.0f", w * 5,
                times.stream().mapToDouble(Double::doubleValue).max().orElse(0))));
        System.out.println(windows);
        for (var entry : pids.entrySet()) {
            double used = (after.get(entry.getKey()) - before.get(entry.getKey())) / 100.0; // clock ticks (USER_HZ)
            System.out.printf("cpu %-10s %.3f s total, %.2f ms per checkout%n", entry.getKey(), used,
                    post.isEmpty() ? 0 : used * 1000 / post.size());
        }
    }

    /** A placed order: when its POST was sent (this machine's clock, as the services' clocks). */
    private record Placed(String customer, String id, Instant sent) {}

    /**
     * One checkout: the basket's 3 lines set (PUT is idempotent), then the order placed. How long it took to reach
     * {@code AWAITING_PAYMENT} is read afterwards from the order's own history ({@link #awaiting}): polling each
     * order every 50 ms while it is pending was most of the platform's load at 20 checkouts/s.
     */
    private static void checkout(
            String customer, List<String> products, ConcurrentLinkedQueue<Double> post,
            ConcurrentLinkedQueue<Placed> placedOrders) throws Exception {
        synchronized (customer) { // one customer's basket is filled and checked out one order at a time
            for (var product : products) {
                expect(call("PUT", "/api/basket/lines/" + product, customer, "{\"quantity\":1}", Map.of()), 200);
            }
            var sent = Instant.now();
            var started = System.nanoTime();
            var placed = call("POST", "/api/ordering/orders", customer, """
                    {"shippingAddress":{"name":"Bench Buyer","line1":"Benchstraße 1","postalCode":"10115",
                     "city":"Berlin","country":"DE"}}""", Map.of("Idempotency-Key", UUID.randomUUID().toString()));
            var took = (System.nanoTime() - started) / 1e6;
            post.add(took);
            WINDOWS.computeIfAbsent((started - RUN_START) / 5_000_000_000L, k -> new ConcurrentLinkedQueue<>())
                    .add(took);
            expect(placed, 201);
            placedOrders.add(new Placed(customer, first(ID, placed.body()), sent));
        }
    }

    /**
     * Checkout → {@code AWAITING_PAYMENT} of each placed order: the {@code at} of its history's transition to it
     * (written by ordering in the transaction that made it) minus when the POST was sent. Each order is read once
     * after the run, again every 500 ms while it is still pending (at most 30 s).
     */
    private static void awaiting(
            List<Placed> placed, ConcurrentLinkedQueue<Double> awaiting, ConcurrentLinkedQueue<String> errors)
            throws Exception {
        try (var pool = Executors.newFixedThreadPool(4)) {
            for (var order : placed) {
                pool.submit(() -> {
                    try {
                        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
                        while (true) {
                            var body = call("GET", "/api/ordering/orders/" + order.id(), order.customer(), null,
                                    Map.of()).body();
                            var at = AWAITING_AT.matcher(body);
                            if (at.find()) {
                                awaiting.add(Duration.between(order.sent(), Instant.parse(at.group(1))).toNanos()
                                        / 1e6);
                                return;
                            }
                            var status = first(STATUS, body);
                            if (!"PENDING".equals(status) || System.nanoTime() > deadline) {
                                errors.add("order " + order.id() + " is " + status + ", never AWAITING_PAYMENT");
                                return;
                            }
                            Thread.sleep(500);
                        }
                    } catch (Exception e) {
                        errors.add(e.getMessage());
                    }
                });
            }
        }
    }

    private static void report(String what, ConcurrentLinkedQueue<Double> times) {
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("%-32s no samples%n", what);
            return;
        }
        System.out.printf("%-32s n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
                sorted[(int) (sorted.length * 0.50)], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))],
                sorted[sorted.length - 1]);
    }

    private static Map<String, Long> pids() {
        var pids = new LinkedHashMap<String, Long>();
        var spec = System.getenv().getOrDefault("BENCH_PIDS", "");
        for (var pair : spec.split(",")) {
            if (pair.contains("=")) {
                pids.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        return pids;
    }

    /** utime + stime of each process, in clock ticks, from /proc/<pid>/stat (fields 14 and 15). */
    private static Map<String, Long> cpu(Map<String, Long> pids) throws Exception {
        var ticks = new LinkedHashMap<String, Long>();
        for (var entry : pids.entrySet()) {
            var stat = Files.readString(Path.of("/proc/" + entry.getValue() + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            ticks.put(entry.getKey(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
        }
        return ticks;
    }

    private static String newCustomer() throws Exception {
        var email = "bench-" + UUID.randomUUID() + "@example.com";
        var password = "Correct-Horse-42!";
        var body = "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Bench\"}".formatted(email, password);
        while (true) {
            var registered = call("POST", "/api/identity/users", null, body, Map.of());
            if (registered.statusCode() != 429) {
                expect(registered, 201);
                return login(email, password);
            }
            Thread.sleep(1000); // the registration budget (dev: 60/min, burst 30)
        }
    }

    private static String login(String username, String password) throws Exception {
        var form = "grant_type=password&client_id=emporium-web&username=%s&password=%s".formatted(
                java.net.URLEncoder.encode(username, StandardCharsets.UTF_8),
                java.net.URLEncoder.encode(password, StandardCharsets.UTF_8));
        while (true) {
            var response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 429) {
                expect(response, 200);
                return first(TOKEN, response.body());
            }
            Thread.sleep(1000);
        }
    }

    private static HttpResponse<String> call(
            String method, String path, String token, String json, Map<String, String> headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.request().uri().getPath()
                    + " -> " + response.statusCode() + " " + response.body());
        }
    }

    private static String first(Pattern pattern, String body) {
        var matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return matcher.group(1);
    }
}
