package org.emporium.e2e;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.emporium.launcher.ServiceRegistry;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the platform as the outside world sees it: everything goes through the gateway. Gets tokens from
 * {@code /oauth2/token} (password grant for people, client credentials for integrations) and calls the APIs with
 * JSON bodies.
 */
public final class EmporiumClient {
    /** The first-party public client identity seeds in the dev profile for the password grant. */
    public static final String WEB_CLIENT_ID = "emporium-web";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final URI gateway;
    private final HttpClient http;
    private final JsonMapper json;

    public EmporiumClient(URI gateway) {
        this.gateway = gateway;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.json = JsonMapper.builder().build();
    }

    public URI gateway() {
        return gateway;
    }

    /** An access token for a person, through the password grant of {@link #WEB_CLIENT_ID}. */
    public Token login(String username, String password) {
        return passwordGrant(WEB_CLIENT_ID, null, username, password);
    }

    public Token login(ServiceRegistry.DemoAccount account) {
        return login(account.username(), account.password());
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

    private Token token(String clientId, String clientSecret, Map<String, String> form, String... scope) {
        if (scope.length > 0) {
            form.put("scope", String.join(" ", scope));
        }
        var request = request("/oauth2/token").header("Content-Type", "application/x-www-form-urlencoded");
        if (clientSecret == null) {
            form.put("client_id", clientId);
        } else {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((encode(clientId) + ":" + encode(clientSecret))
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        var body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        var response = send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
        if (response.status() != 200) {
            throw new IllegalStateException("Token request failed: HTTP " + response.status() + " " + response.body());
        }
        var node = response.json();
        return new Token(
                node.path("access_token").asString(),
                node.path("refresh_token").asString(null),
                node.path("token_type").asString("Bearer"),
                node.path("expires_in").asLong(0),
                node.path("scope").asString(""));
    }

    public Response get(String path) {
        return get(path, null);
    }

    public Response get(String path, Token token) {
        return send(authorized(request(path), token).GET());
    }

    public Response post(String path, Object body, Token token) {
        return send(withJson(authorized(request(path), token), "POST", body));
    }

    public Response put(String path, Object body, Token token) {
        return send(withJson(authorized(request(path), token), "PUT", body));
    }

    public Response patch(String path, Object body, Token token) {
        return send(withJson(authorized(request(path), token), "PATCH", body));
    }

    public Response delete(String path, Token token) {
        return send(authorized(request(path), token).DELETE());
    }

    /** Sends any request built on {@link #request(String)}. */
    public Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body(), json);
        } catch (IOException e) {
            throw new IllegalStateException("Request to the gateway failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** A request to {@code path} (relative to the gateway) accepting JSON. */
    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
    }

    private HttpRequest.Builder withJson(HttpRequest.Builder request, String method, Object body) {
        var text = body instanceof String s ? s : json.writeValueAsString(body);
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(text));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, Token token) {
        return token == null ? request : request.header("Authorization", token.authorization());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
