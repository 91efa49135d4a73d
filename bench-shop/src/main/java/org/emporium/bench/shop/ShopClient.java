package org.emporium.bench.shop;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shop's HTTP API as a client sees it, through the gateway only. Never throws for an answer: a failed connection
 * or a timeout becomes a {@link Answer} with {@link Samples#TRANSPORT} or {@link Samples#TIMEOUT}, so the driver
 * counts it like any other outcome.
 */
public final class ShopClient {
    public static final String WEB_CLIENT = "emporium-web";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI gateway;
    private final Duration timeout;
    private final HttpClient http;

    public ShopClient(URI gateway, Duration timeout) {
        this.gateway = gateway;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public URI gateway() {
        return gateway;
    }

    /** An answer, or the lack of one. */
    public record Answer(int status, String contentType, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public boolean problemJson() {
            return contentType.startsWith("application/problem+json");
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public Answer get(String path, @Nullable String token) {
        return send("GET", path, token, null, null);
    }

    public Answer send(
            String method,
            String path,
            @Nullable String token,
            @Nullable Object body,
            @Nullable String idempotencyKey) {
        var request =
                HttpRequest.newBuilder(gateway.resolve(path)).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return exchange(request.build());
    }

    /** The password grant of the first-party web client: the answer holds {@code access_token} when it worked. */
    public Answer signIn(String username, String password) {
        var form = "grant_type=password&client_id=" + WEB_CLIENT + "&username=" + encode(username) + "&password="
                + encode(password);
        return exchange(HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                .timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build());
    }

    /** Registers a customer (retrying while the registration and token budgets say 429); answers its token. */
    public String newCustomer(String email, String password) {
        var body = java.util.Map.of("email", email, "password", password, "displayName", "Bench Shopper");
        var registered = withinBudget(() -> send("POST", "/api/identity/users", null, body, null));
        if (registered.status() != 201) {
            throw new IllegalStateException("registration of " + email + " failed: " + registered);
        }
        return token(email, password);
    }

    /** A person's access token (retrying while the token budget says 429). */
    public String token(String username, String password) {
        var answer = withinBudget(() -> signIn(username, password));
        if (answer.status() != 200) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + answer);
        }
        return answer.json().path("access_token").asString();
    }

    /** Sends again while the answer is a 429 or no answer, up to two minutes. */
    public Answer withinBudget(java.util.function.Supplier<Answer> call) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            var answer = call.get();
            if ((answer.status() != 429 && answer.status() > 0) || System.nanoTime() > deadline) {
                return answer;
            }
            pause(Duration.ofMillis(500));
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration); // back-off for a budget or a retry, not a measurement
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fresh idempotency key for one checkout. */
    public static String newKey() {
        return "bench-" + UUID.randomUUID();
    }

    private Answer exchange(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (HttpTimeoutException e) {
            return new Answer(Samples.TIMEOUT, "", "no answer within " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return new Answer(Samples.TRANSPORT, "", String.valueOf(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(Samples.TRANSPORT, "", "interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
