package org.emporium.identity.it;

import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.emporium.platform.test.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for identity, as an app or a service would use it. Each instance has its own cookies. The HTTP
 * work is platform-test's {@link ApiClient}; this adds identity's grants, registration and the login form.
 */
final class IdentityClient {
    static final JsonMapper JSON = ApiClient.JSON;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    final String base;
    /** Sent as X-Forwarded-For: each client looks like its own address, so address throttling stays per test. */
    final String address;

    private final ApiClient api;

    IdentityClient(String base) {
        this(base, randomAddress());
    }

    /** A client (with its own cookies) that looks like {@code address}, e.g. a second browser behind the same NAT. */
    IdentityClient(String base, String address) {
        this.base = base;
        this.address = address;
        this.api = ApiClient.at(base)
                .withCookies()
                .withHeader("X-Forwarded-For", address)
                .withHeader("Accept", "*/*");
    }

    static String randomAddress() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(250));
    }

    record Response(int status, JsonNode body, ApiClient.Response raw) {
        String header(String name) {
            return raw.header(name);
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
        return wrap(api.withHeader("Accept", "application/json")
                .withHeader("Authorization", authorization)
                .postForm(path, params));
    }

    Response get(String path, String accessToken) {
        return wrap(api.withBearer(accessToken).get(path));
    }

    Response json(String method, String path, Object body, String accessToken) {
        return wrap(api.withBearer(accessToken).json(method, path, body));
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
        var page = wrap(api.withHeader("Accept", "text/html").get("/login"));
        var csrf = CSRF.matcher(page.raw().body());
        if (!csrf.find()) {
            throw new AssertionError(
                    "no CSRF token in the login page: " + page.raw().body());
        }
        return wrap(api.withHeader("Accept", accept)
                .postForm("/login", form("username", email, "password", password, "_csrf", csrf.group(1))));
    }

    /** Sends a request the test built itself (its own URI and headers), with this client's cookies. */
    Response send(HttpRequest.Builder request) {
        return wrap(api.send(request));
    }

    private static Response wrap(ApiClient.Response response) {
        return new Response(response.status(), response.jsonOrNull(), response);
    }

    static Map<String, String> form(String... keyValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    static String encode(Map<String, String> params) {
        return ApiClient.formEncode(params);
    }

    static String basic(String clientId, String secret) {
        return ApiClient.basic(clientId, secret);
    }
}
