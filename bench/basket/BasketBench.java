import com.sun.net.httpserver.HttpServer;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The basket benchmark's helper (not a test; JDK only, run as a single-file program by run.sh).
 *
 * <ul>
 *   <li>{@code issuer <dir> <port> <customers> <issuer>}: an RSA key, its JWK set served on 127.0.0.1:port
 *       ({@code /jwks}) until killed, and {@code dir/tokens.txt}: one line per customer, {@code customerId token}
 *       (a CUSTOMER access token as identity issues them: at+jwt, audience emporium-api, user_id, 2 h); also
 *       {@code admin.txt} (an ADMIN) and {@code service.txt} (client {@code bench-service}, scopes
 *       {@code discount.quote discount.redeem}) for bench/discount.
 *   <li>{@code products <count>}: redis-cli commands (stdout) putting {@code count} products into basket's local
 *       product copy (the layout of docs/basket.md), ids {@code 00000000-0000-4000-8000-<n>}.
 *   <li>{@code seed <baseUrl> <dir> <lines> <products>}: every customer's basket gets {@code lines} lines through
 *       the API ({@code PUT /api/basket/lines/{id}}), 16 requests in flight.
 * </ul>
 */
public class BasketBench {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "issuer" -> issuer(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), args[4]);
            case "products" -> products(Integer.parseInt(args[1]));
            case "seed" -> seed(args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static UUID product(int n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }

    /** Line {@code i} (0-based) of customer number {@code c}: spread so customers share products. */
    static int productOf(int c, int i, int products) {
        return (c * 7 + i * 13) % products;
    }

    static void products(int count) {
        for (int n = 0; n < count; n++) {
            var data = String.format(
                    "{\"name\":\"Bench product %d\",\"imageUrl\":null,\"categoryId\":null,\"price\":%d.50,"
                            + "\"currency\":\"EUR\",\"available\":true,\"version\":1}",
                    n, 5 + n % 90);
            System.out.println("HSET basket:product:" + product(n) + " v 1 d '" + data + "'");
        }
    }

    static void issuer(Path dir, int port, int customers, String issuer) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keys = generator.generateKeyPair();
        var publicKey = (RSAPublicKey) keys.getPublic();
        var kid = "bench-" + UUID.randomUUID();
        var jwks = "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\"" + kid + "\",\"n\":\""
                + B64.encodeToString(unsigned(publicKey.getModulus())) + "\",\"e\":\""
                + B64.encodeToString(unsigned(publicKey.getPublicExponent())) + "\"}]}";
        var header = B64.encodeToString(("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"" + kid + "\"}")
                .getBytes(StandardCharsets.UTF_8));
        var lines = new ArrayList<String>();
        var now = Instant.now().getEpochSecond();
        var signer = Signature.getInstance("SHA256withRSA");
        for (int c = 0; c < customers; c++) {
            var id = UUID.randomUUID();
            var claims = "{\"sub\":\"" + id + "\",\"iss\":\"" + issuer + "\",\"aud\":\"emporium-api\",\"iat\":"
                    + (now - 1) + ",\"nbf\":" + (now - 1) + ",\"exp\":" + (now + 7200) + ",\"jti\":\""
                    + UUID.randomUUID() + "\",\"user_id\":\"" + id + "\",\"roles\":[\"CUSTOMER\"]}";
            var content = header + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
            signer.initSign(keys.getPrivate());
            signer.update(content.getBytes(StandardCharsets.US_ASCII));
            lines.add(id + " " + content + "." + B64.encodeToString(signer.sign()));
        }
        Files.write(dir.resolve("tokens.txt"), lines);
        // for bench/discount: an admin (coupons) and a service with basket's and ordering's discount scopes
        var adminId = UUID.randomUUID();
        Files.writeString(dir.resolve("admin.txt"), sign(keys.getPrivate(), header, "{\"sub\":\"" + adminId
                + "\",\"iss\":\"" + issuer + "\",\"aud\":\"emporium-api\",\"iat\":" + (now - 1) + ",\"nbf\":"
                + (now - 1) + ",\"exp\":" + (now + 7200) + ",\"jti\":\"" + UUID.randomUUID() + "\",\"user_id\":\""
                + adminId + "\",\"roles\":[\"ADMIN\"]}"));
        Files.writeString(dir.resolve("service.txt"), sign(keys.getPrivate(), header, "{\"sub\":\"bench-service\","
                + "\"client_id\":\"bench-service\",\"iss\":\"" + issuer + "\",\"aud\":\"emporium-api\",\"iat\":"
                + (now - 1) + ",\"nbf\":" + (now - 1) + ",\"exp\":" + (now + 7200) + ",\"jti\":\""
                + UUID.randomUUID() + "\",\"scope\":\"discount.quote discount.redeem\"}"));
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/jwks", exchange -> {
            var bytes = jwks.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        System.out.println("issuer ready: " + customers + " tokens in " + dir.resolve("tokens.txt"));
    }

    private static String sign(java.security.PrivateKey key, String header, String claims) throws Exception {
        var content = header + "." + B64.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        var signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(key);
        signer.update(content.getBytes(StandardCharsets.US_ASCII));
        return content + "." + B64.encodeToString(signer.sign());
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static void seed(String base, Path dir, int linesPerBasket, int products) throws Exception {
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .build();
        List<String> tokens = Files.readAllLines(dir.resolve("tokens.txt"));
        var inFlight = new Semaphore(16);
        var failures = new AtomicInteger();
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < tokens.size(); c++) {
                var token = tokens.get(c).split(" ")[1];
                for (int i = 0; i < linesPerBasket; i++) {
                    var productId = product(productOf(c, i, products));
                    inFlight.acquire();
                    executor.execute(() -> {
                        try {
                            var response = http.send(
                                    HttpRequest.newBuilder(URI.create(base + "/api/basket/lines/" + productId))
                                            .header("Authorization", "Bearer " + token)
                                            .header("Content-Type", "application/json")
                                            .timeout(Duration.ofSeconds(10))
                                            .PUT(HttpRequest.BodyPublishers.ofString("{\"quantity\":1}"))
                                            .build(),
                                    HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200 && failures.getAndIncrement() < 3) {
                                System.err.println(response.statusCode() + " " + response.body());
                            }
                        } catch (Exception e) {
                            failures.incrementAndGet();
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            }
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " seeding requests failed");
        }
        System.out.println("seeded " + tokens.size() + " baskets of " + linesPerBasket + " lines");
    }
}
