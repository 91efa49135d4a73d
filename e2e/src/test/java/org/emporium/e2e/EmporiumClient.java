package org.emporium.e2e;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.function.Supplier;
import org.emporium.launcher.ServiceRegistry;
import org.emporium.platform.test.ApiClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the platform as the outside world sees it: everything goes through the gateway. Gets tokens from
 * {@code /oauth2/token} (password grant for people, client credentials for integrations) and calls the APIs with
 * JSON bodies. The HTTP work is platform-test's {@link ApiClient}; this adds the platform's accounts and clients.
 */
public final class EmporiumClient {
    /** The first-party public client identity seeds in the dev profile for the password grant. */
    public static final String WEB_CLIENT_ID = "emporium-web";

    private final ApiClient http;
    private final @Nullable Path gatewayLog;

    public EmporiumClient(URI gateway) {
        this(gateway, null);
    }

    /**
     * @param gatewayLog the gateway's log: a request with no response in time fails naming what the gateway's access
     *     log says of that path (how long it held it, and whether it ever saw it), as the one line a report shows
     */
    public EmporiumClient(URI gateway, @Nullable Path gatewayLog) {
        this.http = ApiClient.at(gateway);
        this.gatewayLog = gatewayLog;
    }

    public URI gateway() {
        return http.base();
    }

    /** An access token for a person, through the password grant of {@link #WEB_CLIENT_ID}. */
    public Token login(String username, String password) {
        return passwordGrant(WEB_CLIENT_ID, null, username, password);
    }

    /**
     * A demo account's token. Journeys running side by side sign in as the same demo admin at once, and identity
     * counts a sign-in of an account from an address when it starts: with five in flight, the next is refused with
     * 429 {@code IDENTITY.SIGN_IN_IN_PROGRESS} ({@code Retry-After: 1}) until one of them ends. Such a refusal, or the
     * gateway's budget, is tried again a second later (≤ 30 tries); a lockout ({@code IDENTITY.SIGN_IN_LOCKED}) is
     * not: no journey guesses a demo account's password, so one would be a bug.
     */
    public Token login(ServiceRegistry.DemoAccount account) {
        for (int attempt = 1; ; attempt++) {
            try {
                return login(account.username(), account.password());
            } catch (RuntimeException e) {
                var message = String.valueOf(e.getMessage());
                if (attempt >= 30 || !message.contains("HTTP 429") || message.contains("SIGN_IN_LOCKED")) {
                    throw e;
                }
                pause(1000);
            }
        }
    }

    /**
     * The password grant.
     *
     * @param clientSecret {@code null} for a public client (its id goes in the form), else HTTP Basic
     */
    public Token passwordGrant(
            String clientId, String clientSecret, String username, String password, String... scope) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "password");
        form.put("username", username);
        form.put("password", password);
        return token(clientId, clientSecret, form, scope);
    }

    public Token clientCredentials(String clientId, String clientSecret, String... scope) {
        var form = new LinkedHashMap<String, String>();
        form.put("grant_type", "client_credentials");
        return token(clientId, clientSecret, form, scope);
    }

    private Token token(String clientId, String clientSecret, LinkedHashMap<String, String> form, String... scope) {
        if (scope.length > 0) {
            form.put("scope", String.join(" ", scope));
        }
        var token = http.token(clientId, clientSecret, form);
        return new Token(
                token.accessToken(), token.refreshToken(), token.tokenType(), token.expiresIn(), token.scope());
    }

    public Response get(String path) {
        return get(path, null);
    }

    /**
     * Registers a new customer account with a random e-mail address and signs it in. The gateway's registration and
     * token budgets (per client address) are honoured: a 429 is retried after its {@code Retry-After}, so many
     * customers can be registered at once, as fast as the budgets allow.
     */
    public Token newCustomer() {
        var email = "e2e-" + java.util.UUID.randomUUID() + "@example.com";
        var password = "Correct-Horse-42!";
        var registered = withinBudget(() -> post(
                "/api/identity/users",
                java.util.Map.of("email", email, "password", password, "displayName", "E2E Shopper"),
                null));
        if (registered.status() != 201) {
            throw new IllegalStateException("Registration failed: " + registered);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return login(email, password);
            } catch (RuntimeException e) {
                if (attempt >= 30 || !String.valueOf(e.getMessage()).contains("429")) {
                    throw e;
                }
                pause(1000);
            }
        }
    }

    /** Sends a request again while the gateway answers 429, waiting as its {@code Retry-After} says (≤ 60 tries). */
    public Response withinBudget(java.util.function.Supplier<Response> request) {
        for (int attempt = 1; ; attempt++) {
            var response = request.get();
            if (response.status() != 429 || attempt >= 60) {
                return response;
            }
            long seconds = response.headers()
                    .firstValue("Retry-After")
                    .map(v -> {
                        try {
                            return Long.parseLong(v.trim());
                        } catch (NumberFormatException e) {
                            return 1L;
                        }
                    })
                    .orElse(1L);
            pause(Math.max(200, Math.min(seconds, 5) * 1000));
        }
    }

    /**
     * Places an order ({@code POST /api/ordering/orders} with {@code key} as its Idempotency-Key) as a well-behaved
     * client does: again while the gateway answers 429 ({@link #withinBudget}), and again a second later while
     * ordering answers 503 (≤ 30 tries), which it does when a service it calls is too slow and its circuit breaker
     * opens for 10 s: on a platform just started, 50 checkouts at once can make basket's answers miss ordering's 2 s
     * read timeout. The same key makes a retry safe: an order the first try stored comes back (200) instead of a
     * second one.
     */
    public Response placeOrder(Token customer, String key, Object body) {
        for (int attempt = 1; ; attempt++) {
            var response =
                    withinBudget(() -> json("POST", "/api/ordering/orders", body, customer, "Idempotency-Key", key));
            if (response.status() != 503 || attempt >= 30) {
                return response;
            }
            pause(1000);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis); // back-off for a rate limit, not a timing assertion
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Any method with a JSON body ({@code null}: none) and extra headers ({@code name, value, ...}). */
    public Response json(String method, String path, Object body, Token token, String... headers) {
        var client = as(token);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            client = client.withHeader(headers[i], headers[i + 1]);
        }
        var request = client;
        return call(path, () -> request.json(method, path, body));
    }

    /**
     * A GET that had no response in time is sent once more, and the first try is reported on stdout with what the
     * gateway's access log says of it. Twice in CI (2026-12-07), a request on a kept-alive connection reached the
     * gateway only when the client gave up on it 30 s later (the gateway then answered it in 4 ms), both times the
     * request right after a 404 on that connection: the HTTP/1.1 keep-alive races Reactor Netty has fixed after
     * 1.3.6 (reactor/reactor-netty#4188, #4361), in versions not served here (docs/architecture.md, known issues).
     * Only a GET, which is safe to repeat, is retried; a second timeout fails the test.
     */
    public Response get(String path, Token token) {
        try {
            return call(path, () -> as(token).get(path));
        } catch (UncheckedIOException e) {
            if (!noResponse(e)) {
                throw e;
            }
            System.out.println(
                    "==> e2e: sent again after no response in time (known keep-alive race): " + e.getMessage());
            return call(path, () -> as(token).get(path));
        }
    }

    public Response post(String path, Object body, Token token) {
        return call(path, () -> as(token).post(path, body));
    }

    public Response put(String path, Object body, Token token) {
        return call(path, () -> as(token).put(path, body));
    }

    public Response patch(String path, Object body, Token token) {
        return call(path, () -> as(token).patch(path, body));
    }

    public Response delete(String path, Token token) {
        return call(path, () -> as(token).delete(path));
    }

    /** Sends any request built on {@link #request(String)}. */
    public Response send(HttpRequest.Builder request) {
        var path = request.build().uri().getRawPath();
        return call(path, () -> http.send(request));
    }

    private Response call(String path, Supplier<ApiClient.Response> request) {
        var sent = Instant.now();
        try {
            return wrap(request.get());
        } catch (UncheckedIOException e) {
            if (!noResponse(e) || gatewayLog == null) {
                throw e;
            }
            // The access log has the path without its query.
            var logged = URI.create(path).getRawPath();
            throw new UncheckedIOException(
                    e.getMessage() + "; " + AccessLogLines.about(gatewayLog, logged, sent), e.getCause());
        }
    }

    /**
     * The request reached a connection and had no response in time; not a connect timeout, which never reached the
     * gateway (its log has nothing to say of it, and nothing was sent that could be sent again).
     */
    private static boolean noResponse(UncheckedIOException e) {
        return e.getCause() instanceof HttpTimeoutException && !(e.getCause() instanceof HttpConnectTimeoutException);
    }

    /** A request to {@code path} (relative to the gateway) accepting JSON. */
    public HttpRequest.Builder request(String path) {
        return http.request(path);
    }

    private ApiClient as(Token token) {
        return token == null ? http : http.withBearer(token.accessToken());
    }

    private static Response wrap(ApiClient.Response response) {
        return new Response(response.status(), response.headers(), response.body(), ApiClient.JSON);
    }

    /** An OAuth2 token response. */
    public record Token(String accessToken, String refreshToken, String tokenType, long expiresIn, String scope) {
        public String authorization() {
            return "Bearer " + accessToken;
        }
    }

    /** An HTTP response with its body as text, readable as JSON. */
    public record Response(int status, HttpHeaders headers, String body, JsonMapper mapper) {
        public JsonNode json() {
            return mapper.readTree(body);
        }

        public <T> T as(Class<T> type) {
            return mapper.readValue(body, type);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }
}
