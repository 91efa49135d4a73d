package org.emporium.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one HTTP client of the tests, for a service on its random port or the whole platform through the gateway:
 * JSON, form and multipart requests, bearer and Basic credentials, the OAuth2 token endpoint, and answers kept whole
 * (status, headers, body) for assertions ({@link ProblemAssertions} for problem+json). Immutable: {@link
 * #withBearer}, {@link #withHeader} return a copy sharing the connection pool (and cookies, when {@link
 * #withCookies()} asked for them).
 *
 * <p>Service test clients ({@code CatalogClient}, {@code IdentityClient}, e2e's {@code EmporiumClient}) keep only
 * their domain's convenience methods on top of it.
 */
public final class ApiClient {
    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    private final URI base;
    private final HttpClient http;
    private final Map<String, String> headers;

    private ApiClient(URI base, HttpClient http, Map<String, String> headers) {
        this.base = base;
        this.http = http;
        this.headers = Map.copyOf(headers);
    }

    /** A client of {@code base} (e.g. {@code http://127.0.0.1:<port>}) that follows no redirects and keeps no cookies. */
    public static ApiClient at(String base) {
        return at(URI.create(base));
    }

    public static ApiClient at(URI base) {
        return new ApiClient(base, newHttp(false), Map.of());
    }

    /** The same client with a cookie jar of its own, as a browser has (login form, session). */
    public ApiClient withCookies() {
        return new ApiClient(base, newHttp(true), headers);
    }

    /** The same client sending {@code Authorization: Bearer <token>}; {@code null} sends no credentials. */
    public ApiClient withBearer(@Nullable String accessToken) {
        return withHeader("Authorization", accessToken == null ? null : "Bearer " + accessToken);
    }

    /** The same client sending HTTP Basic credentials (a confidential OAuth2 client). */
    public ApiClient withBasic(String user, String password) {
        return withHeader("Authorization", basic(user, password));
    }

    /** The same client sending {@code name: value} on every request; {@code null} removes it. */
    public ApiClient withHeader(String name, @Nullable String value) {
        var copy = new LinkedHashMap<>(headers);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new ApiClient(base, http, copy);
    }

    public URI base() {
        return base;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, @Nullable Object json) {
        return json("POST", path, json);
    }

    public Response put(String path, @Nullable Object json) {
        return json("PUT", path, json);
    }

    public Response patch(String path, @Nullable Object json) {
        return json("PATCH", path, json);
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    /**
     * Any method with a JSON body: an object is written with Jackson, a {@code String} is sent as it is (to send
     * malformed JSON), {@code null} sends no body.
     */
    public Response json(String method, String path, @Nullable Object json) {
        var request = request(path);
        if (json == null) {
            return send(request.method(method, HttpRequest.BodyPublishers.noBody()));
        }
        var text = json instanceof String s ? s : JSON.writeValueAsString(json);
        return send(request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text)));
    }

    /** {@code application/x-www-form-urlencoded}, as the OAuth2 endpoints and login forms take it. */
    public Response postForm(String path, Map<String, String> form) {
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncode(form))));
    }

    /** One file as {@code multipart/form-data}. */
    public Response upload(String path, String field, String filename, String contentType, byte[] content) {
        var boundary = "emporium-" + UUID.randomUUID();
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                        + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + filename + "\"\r\n"
                        + "Content-Type: " + contentType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /** The OAuth2 token endpoint; a public client ({@code clientSecret == null}) names itself in the form. */
    public Token token(String clientId, @Nullable String clientSecret, Map<String, String> form) {
        var params = new LinkedHashMap<>(form);
        var client = this;
        if (clientSecret == null) {
            params.put("client_id", clientId);
        } else {
            client = withBasic(clientId, clientSecret);
        }
        var response = client.postForm("/oauth2/token", params);
        if (response.status() != 200) {
            throw new IllegalStateException("Token request failed: " + response);
        }
        var node = response.json();
        return new Token(
                node.path("access_token").asString(),
                node.path("refresh_token").asString(null),
                node.path("token_type").asString("Bearer"),
                node.path("expires_in").asLong(0),
                node.path("scope").asString(""));
    }

    /** A request to {@code path} (relative to the base) accepting JSON and problems, with this client's headers. */
    public HttpRequest.Builder request(String path) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, " + PROBLEM_JSON);
        headers.forEach(request::setHeader);
        return request;
    }

    /** Sends any request, e.g. one built on {@link #request(String)} with headers of its own. */
    public Response send(HttpRequest.Builder request) {
        var built = request.build();
        try {
            var response = http.send(built, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new UncheckedIOException(
                    built.method() + " " + built.uri().getRawPath() + ": could not connect to "
                            + built.uri().getHost() + ":" + built.uri().getPort() + " within "
                            + CONNECT_TIMEOUT.toSeconds() + " s",
                    e);
        } catch (HttpTimeoutException e) {
            // The one line a test report shows names the request, not only "request timed out".
            var timeout = built.timeout().orElse(TIMEOUT);
            throw new UncheckedIOException(
                    built.method() + " " + built.uri().getRawPath() + ": no response within " + timeout.toSeconds()
                            + " s",
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("Request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    public static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** {@code Basic base64(urlencoded(user):urlencoded(password))}, as RFC 6749 §2.3.1 asks of OAuth2 clients. */
    public static String basic(String user, String password) {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((encode(user) + ":" + encode(password)).getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static HttpClient newHttp(boolean cookies) {
        var builder = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        return builder.build();
    }

    /** An OAuth2 token response. */
    public record Token(
            String accessToken, @Nullable String refreshToken, String tokenType, long expiresIn, String scope) {
        public String authorization() {
            return "Bearer " + accessToken;
        }
    }

    /** An answer kept whole: status, headers and the body as bytes, readable as text or JSON. */
    public record Response(int status, HttpHeaders headers, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The body as JSON; a missing node for an empty body. */
        public JsonNode json() {
            return bytes.length == 0 ? JSON.missingNode() : JSON.readTree(bytes);
        }

        /** The body as JSON if the answer says it is JSON (problems included), else {@code null}. */
        public @Nullable JsonNode jsonOrNull() {
            return contentType().contains("json") && bytes.length > 0 ? JSON.readTree(bytes) : null;
        }

        public <T> T as(Class<T> type) {
            return JSON.readValue(bytes, type);
        }

        public @Nullable String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public Optional<String> firstHeader(String name) {
            return headers.firstValue(name);
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        public boolean isProblem() {
            return contentType().startsWith(PROBLEM_JSON);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + (bytes.length > 2000 ? body().substring(0, 2000) + "…" : body());
        }
    }
}
