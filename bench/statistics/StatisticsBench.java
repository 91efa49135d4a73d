import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.ConnectionFactory;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The statistics benchmark (not a test), three modes, run by bench/statistics/run.sh:
 *
 * <ul>
 *   <li>{@code mint <dir> <issuer>}: makes an RSA key, writes its JWKS to {@code <dir>/jwks.json} and an ADMIN access
 *       token signed with it to {@code <dir>/token} (RS256, typ at+jwt, audience emporium-api, two hours).
 *   <li>{@code ingest <amqpUri> <exchange> <jdbcUrl> <dbUser> <orders>}: publishes the whole life of {@code orders}
 *       orders straight to the broker in the CloudEvents envelope the outbox uses (per order {@code
 *       ordering.order-placed} and five {@code ordering.order-status-changed}: PENDING, AWAITING_PAYMENT, PAID with 3
 *       lines, SHIPPED, DELIVERED; every tenth order also {@code discount.coupon-redeemed}), as fast as the broker
 *       takes them, then polls statistics' {@code consumed_events} every 100 ms until all are in: events/s from the
 *       first publish to the last event applied.
 *   <li>{@code reports <baseUrl> <tokenFile> <ratePerSecond> <seconds>}: open loop (a request starts on schedule
 *       whether or not earlier ones have answered) over the report endpoints, each over the last 365 days, in turn;
 *       p50/p99/max per endpoint, after a warm-up of 20 requests per endpoint.
 * </ul>
 */
public class StatisticsBench {
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mint" -> mint(Path.of(args[1]), args[2]);
            case "ingest" -> ingest(args[1], args[2], args[3], args[4], Integer.parseInt(args[5]));
            case "reports" -> reports(args[1], Files.readString(Path.of(args[2])).strip(),
                    Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException("mode: mint | ingest | reports");
        }
    }

    // ------------------------------------------------------------------------------------------------ ingest

    static void ingest(String amqpUri, String exchange, String jdbcUrl, String dbUser, int orders) throws Exception {
        var factory = new ConnectionFactory();
        factory.setUri(amqpUri);
        var products = new ArrayList<UUID>();
        for (int i = 0; i < 50; i++) {
            products.add(UUID.randomUUID());
        }
        try (var db = DriverManager.getConnection(jdbcUrl, dbUser, "");
                var connection = factory.newConnection("statistics-bench");
                var channel = connection.createChannel()) {
            long before = consumed(db);
            channel.confirmSelect();
            int events = 0;
            var start = System.nanoTime();
            var day = Instant.now().minus(Duration.ofHours(1));
            for (int n = 0; n < orders; n++) {
                var order = UUID.randomUUID();
                var customer = UUID.randomUUID();
                var at = day.plusMillis(n);
                var coupon = n % 10 == 0 ? "\"BENCH10\"" : "null";
                var lines = new StringBuilder();
                var placedLines = new StringBuilder();
                for (int l = 0; l < 3; l++) {
                    var product = products.get((n * 3 + l) % products.size());
                    if (l > 0) {
                        lines.append(',');
                        placedLines.append(',');
                    }
                    lines.append("""
                            {"productId":"%s","productName":"Bench product %d","categoryId":null,"quantity":2,\
                            "unitPrice":10.00,"lineTotal":20.00}""".formatted(product, (n * 3 + l) % products.size()));
                    placedLines.append("""
                            {"productId":"%s","quantity":2,"unitPrice":10.00,"currency":"EUR"}""".formatted(product));
                }
                publish(channel, exchange, "ordering.order-placed", order, at, """
                        {"orderId":"%s","customerId":"%s","lines":[%s],"placedAt":"%s","couponCode":%s,\
                        "basketRevision":1}""".formatted(order, customer, placedLines, at, coupon));
                events++;
                String from = null;
                int sequence = 1;
                for (var to : List.of("PENDING", "AWAITING_PAYMENT", "PAID", "SHIPPED", "DELIVERED")) {
                    var withLines = to.equals("PAID") || to.equals("DELIVERED");
                    publish(channel, exchange, "ordering.order-status-changed", order, at, """
                            {"orderId":"%s","customerId":"%s","from":%s,"to":"%s","reason":null,\
                            "totals":{"currency":"EUR","subtotal":60.00,"discount":%s,"total":%s,"couponCode":%s},\
                            "lines":[%s],"historySequence":%d,"occurredAt":"%s"}""".formatted(
                            order, customer, from == null ? "null" : "\"" + from + "\"", to,
                            n % 10 == 0 ? "6.00" : "0.00", n % 10 == 0 ? "54.00" : "60.00", coupon,
                            withLines ? lines : "", sequence++, at));
                    events++;
                    from = to;
                }
                if (n % 10 == 0) {
                    publish(channel, exchange, "discount.coupon-redeemed", order, at, """
                            {"orderId":"%s","couponId":"%s","code":"BENCH10","customerId":"%s","currency":"EUR",\
                            "discount":6.00,"occurredAt":"%s"}""".formatted(order, UUID.randomUUID(), customer, at));
                    events++;
                }
                if (n % 500 == 0) {
                    channel.waitForConfirmsOrDie(30_000);
                }
            }
            channel.waitForConfirmsOrDie(30_000);
            var published = System.nanoTime();
            System.out.printf("published %d events (%d orders) in %.1f s (%.0f events/s)%n", events, orders,
                    (published - start) / 1e9, events / ((published - start) / 1e9));
            long target = before + events;
            long last = before;
            var lastProgress = System.nanoTime();
            while (true) {
                long now = consumed(db);
                if (now >= target) {
                    break;
                }
                if (now > last) {
                    last = now;
                    lastProgress = System.nanoTime();
                } else if (System.nanoTime() - lastProgress > 60e9) {
                    throw new IllegalStateException("no progress for 60 s at " + (now - before) + " of " + events);
                }
                Thread.sleep(100);
            }
            var done = System.nanoTime();
            System.out.printf("ingest: %d events applied in %.1f s from the first publish: %.0f events/s%n",
                    events, (done - start) / 1e9, events / ((done - start) / 1e9));
        }
    }

    private static void publish(com.rabbitmq.client.Channel channel, String exchange, String routingKey, UUID subject,
            Instant at, String body) throws Exception {
        var id = UUID.randomUUID().toString();
        var headers = new LinkedHashMap<String, Object>();
        headers.put("cloudEvents:specversion", "1.0");
        headers.put("cloudEvents:id", id);
        headers.put("cloudEvents:source", "/emporium/" + routingKey.substring(0, routingKey.indexOf('.')));
        headers.put("cloudEvents:type", "org.emporium." + routingKey + ".v1");
        headers.put("cloudEvents:time", at.toString());
        headers.put("cloudEvents:subject", subject.toString());
        var properties = new AMQP.BasicProperties.Builder()
                .contentType("application/json")
                .contentEncoding("UTF-8")
                .deliveryMode(2)
                .messageId(id)
                .type("org.emporium." + routingKey + ".v1")
                .appId("statistics-bench")
                .headers(headers)
                .build();
        channel.basicPublish(exchange, routingKey, properties, body.getBytes(StandardCharsets.UTF_8));
    }

    private static long consumed(java.sql.Connection db) throws Exception {
        try (var statement = db.createStatement();
                var rs = statement.executeQuery("SELECT count(*) FROM consumed_events")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    // ------------------------------------------------------------------------------------------------ reports

    static void reports(String base, String token, int rate, int seconds) throws Exception {
        var to = LocalDate.now();
        var from = to.minusDays(364);
        var range = "from=" + from + "&to=" + to;
        var endpoints = new LinkedHashMap<String, String>();
        endpoints.put("sales (day)", "/api/statistics/sales?granularity=day&" + range);
        endpoints.put("sales (month)", "/api/statistics/sales?granularity=month&" + range);
        endpoints.put("products", "/api/statistics/products?" + range);
        endpoints.put("coupons", "/api/statistics/coupons?" + range);
        endpoints.put("customers", "/api/statistics/customers?granularity=week&" + range);
        endpoints.put("reviews", "/api/statistics/reviews?granularity=month&" + range);
        endpoints.put("catalog", "/api/statistics/catalog");
        endpoints.put("overview", "/api/statistics/overview");
        endpoints.put("products (csv)", "/api/statistics/products?format=csv&" + range);
        var names = List.copyOf(endpoints.keySet());
        for (var name : names) {
            for (int i = 0; i < 20; i++) {
                var response = get(base + endpoints.get(name), token);
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(name + " answered " + response.statusCode() + ": "
                            + response.body());
                }
            }
        }
        var latencies = new LinkedHashMap<String, ConcurrentLinkedQueue<Double>>();
        names.forEach(name -> latencies.put(name, new ConcurrentLinkedQueue<>()));
        var errors = new AtomicInteger();
        int total = rate * seconds;
        var start = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < total; n++) {
                long due = start + (long) (n * 1e9 / rate);
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                var name = names.get(n % names.size());
                pool.submit(() -> {
                    // measured from the scheduled start: a request delayed by the ones before it counts its wait
                    try {
                        var response = get(base + endpoints.get(name), token);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    latencies.get(name).add((System.nanoTime() - due) / 1e6);
                    return null;
                });
            }
        }
        System.out.printf("reports over %s..%s: %d requests/s for %d s (open loop, %d endpoints in turn), %d errors%n",
                from, to, rate, seconds, names.size(), errors.get());
        System.out.printf("  %-16s %6s %8s %8s %8s%n", "endpoint", "n", "p50 ms", "p99 ms", "max ms");
        for (var entry : latencies.entrySet()) {
            var sorted = entry.getValue().stream().sorted().toList();
            System.out.printf("  %-16s %6d %8.1f %8.1f %8.1f%n", entry.getKey(), sorted.size(),
                    percentile(sorted, 50), percentile(sorted, 99), sorted.getLast());
        }
    }

    private static HttpResponse<String> get(String url, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    // ------------------------------------------------------------------------------------------------ mint

    static void mint(Path dir, String issuer) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        var publicKey = (RSAPublicKey) keys.getPublic();
        Files.writeString(dir.resolve("jwks.json"), "{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"bench\",\"use\":\"sig\","
                + "\"alg\":\"RS256\",\"n\":\"" + b64(unsigned(publicKey.getModulus())) + "\",\"e\":\""
                + b64(unsigned(publicKey.getPublicExponent())) + "\"}]}");
        long now = Instant.now().getEpochSecond();
        var user = UUID.randomUUID();
        var header = "{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"bench\"}";
        var claims = Map.of(
                "iss", "\"" + issuer + "\"",
                "aud", "\"emporium-api\"",
                "sub", "\"" + user + "\"",
                "user_id", "\"" + user + "\"",
                "scope", "\"openid\"",
                "roles", "[\"ADMIN\"]",
                "iat", String.valueOf(now - 60),
                "nbf", String.valueOf(now - 60),
                "exp", String.valueOf(now + 7200));
        var json = new StringBuilder("{");
        claims.forEach((key, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(key)
                .append("\":").append(value));
        json.append('}');
        var signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(json.toString().getBytes(StandardCharsets.UTF_8));
        var signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(keys.getPrivate());
        signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        Files.writeString(dir.resolve("token"), signingInput + "." + b64(signature.sign()));
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
