import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * The message benchmark (not a test), against a running platform in the dev profile, through its gateway only.
 *
 * <p>{@code latency}: {@code customers} customers each keep one WebSocket open on {@code /api/message/live}; orders
 * are placed at a fixed rate (open loop) until {@code orders} have been placed, shared among the customers. For each
 * order it measures the time from the {@code 201} of {@code POST /api/ordering/orders} (the order is committed) to the
 * {@code ORDER_RECEIVED} notification frame for that order arriving on the customer's socket, and prints p50/p99/max
 * and how many never arrived (within 30 s).
 *
 * <p>{@code idle}: opens {@code sockets} WebSockets through the gateway (tickets of {@code customers} customers) and
 * keeps them open, idle; prints the resident memory (VmRSS from /proc) of the message and gateway processes named in
 * {@code BENCH_PIDS} before and after, per connection. Sockets closed by the server during the hold are counted.
 *
 * <p>Usage: {@code java MessageBench.java <gatewayUrl> latency [orders=1000] [rate=10] [customers=40]} or
 * {@code java MessageBench.java <gatewayUrl> idle [sockets=2000] [customers=20] [holdSeconds=60]}. Bounded: it stops by
 * itself.
 */
public class MessageBench {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TICKET = Pattern.compile("\"ticket\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern ORDER_LINK = Pattern.compile("\"kind\"\\s*:\\s*\"ORDER_RECEIVED\".*?\"link\"\\s*:\\s*\"/orders/([0-9a-f-]{36})\"");
    private static String base;

    public static void main(String[] args) throws Exception {
        base = args.length > 0 ? args[0].replaceAll("/$", "") : "http://127.0.0.1:8080";
        var mode = args.length > 1 ? args[1] : "latency";
        if (mode.equals("idle")) {
            idle(arg(args, 2, 2000), arg(args, 3, 20), arg(args, 4, 60));
        } else {
            latency(arg(args, 2, 1000), arg(args, 3, 10), arg(args, 4, 40));
        }
    }

    private static int arg(String[] args, int index, int fallback) {
        return args.length > index ? Integer.parseInt(args[index]) : fallback;
    }

    private static void latency(int orders, int rate, int customerCount) throws Exception {
        var admin = login("admin@emporium.dev", "Admin123!demo");
        var category = first(ID, call("GET", "/api/catalog/categories", null, null, Map.of()).body());
        var created = call("POST", "/api/catalog/products", admin, """
                {"name":"Message bench product %s","description":"message benchmark","categoryId":"%s",
                 "brand":"Bench","price":"9.90","currency":"EUR","stock":1000000,"status":"ACTIVE"}"""
                .formatted(UUID.randomUUID(), category), Map.of());
        expect(created, 201);
        var product = first(ID, created.body());

        var received = new ConcurrentHashMap<String, Long>(); // order id -> nanoTime its frame arrived
        var customers = new ArrayList<String>();
        var sockets = new ArrayList<Socket>();
        for (int i = 0; i < customerCount; i++) {
            var token = newCustomer();
            customers.add(token);
            sockets.add(Socket.open(base, ticket(token), frame -> {
                var matcher = ORDER_LINK.matcher(frame);
                if (matcher.find()) {
                    received.putIfAbsent(matcher.group(1), System.nanoTime());
                }
            }));
        }
        System.out.printf("set up: 1 product, %d customers with an open socket; %d orders at %d/s%n",
                customerCount, orders, rate);

        var placedAt = new ConcurrentHashMap<String, Long>();
        var errors = new ConcurrentLinkedQueue<String>();
        var start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < orders; n++) {
                long due = start + (long) (n * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                var customer = customers.get(n % customers.size());
                pool.submit(() -> {
                    try {
                        synchronized (customer) { // one customer's basket is filled and checked out at a time
                            expect(call("PUT", "/api/basket/lines/" + product, customer, "{\"quantity\":1}", Map.of()),
                                    200);
                            var placed = call("POST", "/api/ordering/orders", customer, """
                                    {"shippingAddress":{"name":"Bench Buyer","line1":"Benchstraße 1",
                                     "postalCode":"10115","city":"Berlin","country":"DE"}}""",
                                    Map.of("Idempotency-Key", UUID.randomUUID().toString()));
                            var at = System.nanoTime();
                            expect(placed, 201);
                            placedAt.put(first(ID, placed.body()), at);
                        }
                    } catch (Exception e) {
                        errors.add(e.getMessage());
                    }
                });
            }
        }
        var deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !received.keySet().containsAll(placedAt.keySet())) {
            Thread.sleep(100);
        }
        var latencies = new ArrayList<Double>();
        int missing = 0;
        for (var entry : placedAt.entrySet()) {
            var at = received.get(entry.getKey());
            if (at == null) {
                missing++;
            } else {
                latencies.add((at - entry.getValue()) / 1e6);
            }
        }
        System.out.printf("orders placed: %d in %.1f s, errors %d, frames missing after 30 s: %d%n",
                placedAt.size(), (System.nanoTime() - start) / 1e9, errors.size(), missing);
        errors.stream().distinct().limit(5).forEach(e -> System.out.println("  error: " + e));
        report("order placed (201) -> ORDER_RECEIVED frame", latencies);
        int closed = 0;
        for (var socket : sockets) {
            closed += socket.closed.isDone() ? 1 : 0;
            socket.close();
        }
        System.out.printf("sockets closed by the server during the run: %d of %d%n", closed, sockets.size());
    }

    private static void idle(int count, int customerCount, int holdSeconds) throws Exception {
        var pids = pids();
        var customers = new ArrayList<String>();
        for (int i = 0; i < customerCount; i++) {
            customers.add(newCustomer());
        }
        System.gc();
        Thread.sleep(2000);
        var before = rss(pids);
        System.out.printf("before: %s (RSS, kB)%n", before);
        var sockets = new ArrayList<Socket>();
        var frames = new AtomicInteger();
        var started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var customer = customers.get(i % customers.size());
            sockets.add(openWithinBudget(customer, frame -> frames.incrementAndGet()));
        }
        System.out.printf("opened %d sockets in %.1f s; holding them idle for %d s%n", sockets.size(),
                (System.nanoTime() - started) / 1e9, holdSeconds);
        Thread.sleep(holdSeconds * 1000L);
        var after = rss(pids);
        int closed = 0;
        for (var socket : sockets) {
            closed += socket.closed.isDone() ? 1 : 0;
        }
        System.out.printf("after:  %s (RSS, kB); frames received %d; closed by the server %d%n", after, frames.get(),
                closed);
        for (var name : pids.keySet()) {
            long grown = after.get(name) - before.get(name);
            System.out.printf("%-8s RSS +%d MB for %d sockets: %.1f kB per connection%n", name, grown / 1024,
                    sockets.size(), (double) grown / sockets.size());
        }
        for (var socket : sockets) {
            socket.close();
        }
    }

    /**
     * A socket of {@code customer}'s, waiting while the gateway answers the handshake 429: the handshake carries a
     * ticket, not a token, so it counts against the gateway's per-address budget for anonymous requests, which 2,000
     * handshakes from one address exceed. A refused handshake never reached message, so its ticket is simply not used.
     */
    private static Socket openWithinBudget(String customer, java.util.function.Consumer<String> onFrame)
            throws Exception {
        for (int attempt = 0; ; attempt++) {
            try {
                return Socket.open(base, ticket(customer), onFrame);
            } catch (java.util.concurrent.CompletionException e) {
                if (attempt >= 120 || !String.valueOf(e.getCause()).contains("429")
                        && !String.valueOf(e.getCause() == null ? null : e.getCause().getCause()).contains("429")) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** A WebSocket that hands every text frame to {@code onFrame}. */
    static final class Socket implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();
        private final java.util.function.Consumer<String> onFrame;
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private WebSocket socket;

        private Socket(java.util.function.Consumer<String> onFrame) {
            this.onFrame = onFrame;
        }

        static Socket open(String base, String ticket, java.util.function.Consumer<String> onFrame) {
            var socket = new Socket(onFrame);
            socket.socket = HTTP.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(20))
                    .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/api/message/live?ticket=" + ticket),
                            socket)
                    .orTimeout(30, TimeUnit.SECONDS)
                    .join();
            return socket;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                onFrame.accept(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }

        void close() {
            socket.abort();
        }
    }

    private static String ticket(String token) throws Exception {
        while (true) {
            var response = call("POST", "/api/message/live/ticket", token, null, Map.of());
            if (response.statusCode() != 429) {
                expect(response, 201);
                return first(TICKET, response.body());
            }
            Thread.sleep(500); // the gateway's per-user budget
        }
    }

    private static void report(String what, List<Double> times) {
        var sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.printf("%-44s no samples%n", what);
            return;
        }
        System.out.printf("%-44s n=%d p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", what, sorted.length,
                sorted[(int) (sorted.length * 0.50)], sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))],
                sorted[sorted.length - 1]);
    }

    private static Map<String, Long> pids() {
        var pids = new java.util.LinkedHashMap<String, Long>();
        for (var pair : System.getenv().getOrDefault("BENCH_PIDS", "").split(",")) {
            if (pair.contains("=")) {
                pids.put(pair.substring(0, pair.indexOf('=')), Long.parseLong(pair.substring(pair.indexOf('=') + 1)));
            }
        }
        return pids;
    }

    /** VmRSS of each process in kB, from /proc/<pid>/status. */
    private static Map<String, Long> rss(Map<String, Long> pids) throws Exception {
        var kb = new java.util.LinkedHashMap<String, Long>();
        for (var entry : pids.entrySet()) {
            for (var line : Files.readAllLines(Path.of("/proc/" + entry.getValue() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    kb.put(entry.getKey(), Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
        }
        return kb;
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
            Thread.sleep(1000); // the registration budget
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
