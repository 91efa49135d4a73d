package org.emporium.web.support;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.emporium.platform.test.TestTokens;

/**
 * The web app's boundary in tests: one local HTTP server (per JVM) standing in for the gateway and for identity's
 * token endpoint and keys. The {@code /api/**} answers are canned per test ({@link #answer}); every request is
 * recorded with its headers and body. Tokens are signed with this stub's own key: access tokens as identity signs them
 * ({@code at+jwt}, audience {@code emporium-api}, {@code roles}), ID tokens for the client {@code web} with the
 * nonce of the authorization request.
 */
public final class StubGateway {
    /** One request as the stub saw it; header names lower-cased. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }

        public Map<String, String> form() {
            return Arrays.stream(body.split("&"))
                    .filter(pair -> pair.contains("="))
                    .collect(Collectors.toMap(
                            pair -> URLDecoder.decode(pair.substring(0, pair.indexOf('=')), StandardCharsets.UTF_8),
                            pair -> URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8),
                            (a, b) -> b));
        }
    }

    /** A canned answer. */
    public record Answer(int status, String contentType, String body) {}

    /** Writes a streamed answer (e.g. Server-Sent Events) to the open response. */
    @FunctionalInterface
    public interface Stream {
        void write(Received request, OutputStream out) throws IOException, InterruptedException;
    }

    /** A user as identity would sign them in. */
    public record User(String id, String name, String email, List<String> roles, Duration accessTokenLifetime) {}

    private static StubGateway instance;

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Stream> streams = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, User> refreshTokens = new ConcurrentHashMap<>();

    private record Grant(User user, String nonce) {}

    private StubGateway() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("stub-" + UUID.randomUUID()).generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "stub-gateway-stop"));
    }

    public static synchronized StubGateway instance() {
        if (instance == null) {
            try {
                instance = new StubGateway();
            } catch (Exception e) {
                throw new IllegalStateException("Could not start the stub gateway", e);
            }
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Forgets the canned answers, streams and recorded requests of the previous test. */
    public void reset() {
        answers.clear();
        streams.clear();
        received.clear();
    }

    public StubGateway answer(String method, String path, int status, String json) {
        var type = status >= 400 ? "application/problem+json" : "application/json";
        answers.put(method + " " + path, new Answer(status, type, json));
        return this;
    }

    public StubGateway stream(String path, Stream stream) {
        streams.put("GET " + path, stream);
        return this;
    }

    public List<Received> received(String method, String path) {
        return received.stream()
                .filter(r -> r.method().equals(method) && r.path().equals(path))
                .toList();
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** What the authorization endpoint would redirect back with: a code for {@code user} and the request's nonce. */
    public String issueCode(User user, String nonce) {
        var code = UUID.randomUUID().toString();
        codes.put(code, new Grant(user, nonce));
        return code;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var request = new Received(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    exchange.getRequestURI().getRawQuery() == null
                            ? ""
                            : exchange.getRequestURI().getRawQuery(),
                    lowerCased(exchange),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(request);
            var route = request.method() + " " + request.path();
            if (route.equals("GET /oauth2/jwks")) {
                send(exchange, new Answer(200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
            } else if (route.equals("POST /oauth2/token")) {
                send(exchange, token(request.form()));
            } else if (streams.containsKey(route)) {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try {
                    streams.get(route).write(request, exchange.getResponseBody());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            } else {
                send(
                        exchange,
                        answers.getOrDefault(
                                route,
                                new Answer(
                                        404,
                                        "application/problem+json",
                                        "{\"status\":404,\"code\":\"STUB.NOT_FOUND\",\"detail\":\"Nothing canned for "
                                                + route + "\"}")));
            }
        }
    }

    private Answer token(Map<String, String> form) {
        User user;
        String nonce = null;
        if ("authorization_code".equals(form.get("grant_type")) && codes.containsKey(form.get("code"))) {
            var grant = codes.remove(form.get("code"));
            user = grant.user();
            nonce = grant.nonce();
        } else if ("refresh_token".equals(form.get("grant_type"))
                && refreshTokens.containsKey(form.get("refresh_token"))) {
            user = refreshTokens.remove(form.get("refresh_token"));
        } else {
            return new Answer(400, "application/json", "{\"error\":\"invalid_grant\"}");
        }
        var refresh = UUID.randomUUID().toString();
        refreshTokens.put(refresh, user);
        var body = new LinkedHashMap<String, Object>();
        body.put("access_token", accessToken(user));
        body.put("token_type", "Bearer");
        body.put("expires_in", user.accessTokenLifetime().toSeconds());
        body.put("refresh_token", refresh);
        body.put("scope", "openid profile email");
        if (nonce != null) {
            body.put("id_token", idToken(user, nonce));
        }
        return new Answer(200, "application/json", json(body));
    }

    /** An access token for {@code user} as identity issues it. */
    public String accessToken(User user) {
        var now = Instant.now();
        return sign(
                new JWTClaimsSet.Builder()
                        .subject(user.id())
                        .issuer(TestTokens.ISSUER)
                        .audience(TestTokens.AUDIENCE)
                        .issueTime(Date.from(now.minusSeconds(1)))
                        .notBeforeTime(Date.from(now.minusSeconds(1)))
                        .expirationTime(Date.from(now.plus(user.accessTokenLifetime())))
                        .jwtID(UUID.randomUUID().toString())
                        .claim("user_id", user.id())
                        .claim("roles", user.roles())
                        .build(),
                "at+jwt");
    }

    private String idToken(User user, String nonce) {
        var now = Instant.now();
        return sign(
                new JWTClaimsSet.Builder()
                        .subject(user.id())
                        .issuer(TestTokens.ISSUER)
                        .audience("web")
                        .issueTime(Date.from(now.minusSeconds(1)))
                        .expirationTime(Date.from(now.plusSeconds(600)))
                        .claim("nonce", nonce)
                        .claim("name", user.name())
                        .claim("email", user.email())
                        .build(),
                "JWT");
    }

    private String sign(JWTClaimsSet claims, String type) {
        try {
            var header = new JWSHeader.Builder(JWSAlgorithm.RS256)
                    .keyID(key.getKeyID())
                    .type(new JOSEObjectType(type))
                    .build();
            var jwt = new SignedJWT(header, claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Map<String, Object> body) {
        return body.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":"
                        + (e.getValue() instanceof Number n ? n.toString() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, List<String>> lowerCased(HttpExchange exchange) {
        var headers = new LinkedHashMap<String, List<String>>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        return headers;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        var bytes = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        if (answer.status() == 204) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
