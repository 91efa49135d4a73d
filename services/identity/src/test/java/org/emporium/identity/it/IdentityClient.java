package org.emporium.identity.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for identity, as an app or a service would use it. Each instance has its own cookies. */
final class IdentityClient {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    final String base;
    final HttpClient http;
    /** Sent as X-Forwarded-For: each client looks like its own address, so address throttling stays per test. */
    final String address;

    IdentityClient(String base) {
        this(base, randomAddress());
    }

    /** A client (with its own cookies) that looks like {@code address}, e.g. a second browser behind the same NAT. */
    IdentityClient(String base, String address) {
        this.base = base;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.address = address;
    }

    static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(250));
    }

    record Response(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String text(String field) {
            return body == null || body.get(field) == null
                    ? null
                    : body.get(field).asString();
        }
    }

    Response passwordGrant(String email, String password) {
        return token(
                form("grant_type", "password", "client_id", "emporium-web", "username", email, "password", password),
                null);
    }

    Response refresh(String refreshToken) {
        return token(
                form("grant_type", "refresh_token", "client_id", "emporium-web", "refresh_token", refreshToken), null);
    }

    Response clientCredentials(String clientId, String secret, String scope) {
        var params = new LinkedHashMap<String, String>();
        params.put("grant_type", "client_credentials");
        if (scope != null) {
            params.put("scope", scope);
        }
        return token(params, basic(clientId, secret));
    }

    Response token(Map<String, String> params, String authorization) {
        return postForm("/oauth2/token", params, authorization);
    }

    Response revoke(String token) {
        return postForm("/oauth2/revoke", form("token", token, "client_id", "emporium-web"), null);
    }

    Response introspect(String token, String clientId, String secret) {
        return postForm("/oauth2/introspect", form("token", token), basic(clientId, secret));
    }

    Response postForm(String path, Map<String, String> params, String authorization) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(encode(params)));
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return send(builder);
    }

    Response get(String path, String accessToken) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("X-Forwarded-For", address)
                .GET();
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return send(builder);
    }

    Response json(String method, String path, Object body, String accessToken) {
        var builder = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", address)
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        return send(builder);
    }

    Response register(String email, String password, String displayName) {
        return json(
                "POST",
                "/api/identity/users",
                Map.of("email", email, "password", password, "displayName", displayName),
                null);
    }

    /** Registers a fresh customer and signs them in; returns the token response. */
    Response newCustomer(String password) {
        var email = "user-" + UUID.randomUUID() + "@example.org";
        var registered = register(email, password, "Test User");
        if (registered.status() != 201) {
            throw new AssertionError("registration failed: " + registered.raw().body());
        }
        return passwordGrant(email, password);
    }

    /**
     * Signs in through the login form as a browser would: fetches the form (session cookie and CSRF token), then
     * posts it with the given {@code Accept}.
     */
    Response loginForm(String email, String password, String accept) {
        var page = send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Accept", "text/html")
                .header("X-Forwarded-For", address));
        var csrf = CSRF.matcher(page.raw().body());
        if (!csrf.find()) {
            throw new AssertionError(
                    "no CSRF token in the login page: " + page.raw().body());
        }
        return send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", accept)
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(
                        encode(form("username", email, "password", password, "_csrf", csrf.group(1))))));
    }

    Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = null;
            var type = response.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json") && !response.body().isBlank()) {
                body = JSON.readTree(response.body());
            }
            return new Response(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> form(String... keyValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String basic(String clientId, String secret) {
        return "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
