package org.emporium.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.emporium.platform.test.RealInfrastructure;
import org.emporium.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The web app as a signed-in user's browser meets it: the whole app on a random port, sessions in the real Redis,
 * and the {@link StubGateway} as the gateway and identity. {@link #signIn} runs the real authorization code flow
 * (PKCE, state, nonce) through the app's callback, so the session in Redis holds real tokens and every page calls
 * the stub with the user's bearer token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(postgres = false, amqp = false, redis = true)
@ActiveProfiles("test")
public abstract class SignedInWebTest {
    protected static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    protected final StubGateway stub = StubGateway.instance();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void stubGateway(DynamicPropertyRegistry registry) {
        var stub = StubGateway.instance();
        registry.add("emporium.web.public-url", () -> TestTokens.ISSUER);
        registry.add("emporium.web.gateway-url", stub::url);
        registry.add("emporium.web.token-uri", () -> stub.url() + "/oauth2/token");
        registry.add("emporium.web.revocation-uri", () -> stub.url() + "/oauth2/revoke");
        registry.add("emporium.web.jwk-set-uri", () -> stub.url() + "/oauth2/jwks");
    }

    @BeforeEach
    void resetStub() {
        stub.reset();
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** A request from a browser without a session. */
    protected HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(url(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected HttpResponse<String> postForm(String path, String form, String... headers)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(url(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    protected static StubGateway.User aCustomer() {
        return new StubGateway.User(
                UUID.randomUUID().toString(),
                "Ada Customer",
                "ada@example.com",
                List.of("CUSTOMER"),
                Duration.ofMinutes(10));
    }

    /** Signs {@code user} in through the app's real sign-in and callback; returns their browser. */
    protected Browser signIn(StubGateway.User user) throws IOException, InterruptedException {
        var start = get("/auth/signin/identity");
        assertThat(start.statusCode()).isEqualTo(302);
        var authorize = URI.create(start.headers().firstValue("Location").orElseThrow());
        var query = Arrays.stream(authorize.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        pair -> pair[0], pair -> URLDecoder.decode(pair[1], StandardCharsets.UTF_8), (a, b) -> b));
        var code = stub.issueCode(user, query.get("nonce"));
        var callback = get(
                "/auth/callback?code=" + code + "&state="
                        + URLEncoder.encode(query.get("state"), StandardCharsets.UTF_8),
                "Cookie",
                cookieOf(start));
        assertThat(callback.statusCode())
                .as("the callback signs in: %s", callback.body())
                .isEqualTo(302);
        assertThat(callback.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return new Browser(cookieOf(callback));
    }

    protected static String cookieOf(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("EMPORIUM_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()))
                .split(";", 2)[0];
    }

    /** A signed-in browser: its session cookie, and the CSRF token its pages' forms carry. */
    protected final class Browser {
        private final String cookie;
        private String csrf;

        Browser(String cookie) {
            this.cookie = cookie;
        }

        public String cookie() {
            return cookie;
        }

        public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
            var all = new String[headers.length + 2];
            all[0] = "Cookie";
            all[1] = cookie;
            System.arraycopy(headers, 0, all, 2, headers.length);
            return SignedInWebTest.this.get(path, all);
        }

        /** Posts a form as the page's form would: with its CSRF token. */
        public HttpResponse<String> post(String path, Map<String, String> fields)
                throws IOException, InterruptedException {
            var form = new java.util.LinkedHashMap<>(fields);
            form.put("_csrf", csrf());
            var body = form.entrySet().stream()
                    .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return postForm(path, body, "Cookie", cookie);
        }

        public String csrf() throws IOException, InterruptedException {
            if (csrf == null) {
                var page = get("/denied");
                var matcher = CSRF_FIELD.matcher(page.body());
                assertThat(matcher.find()).as("a _csrf field on the page").isTrue();
                csrf = matcher.group(1);
            }
            return csrf;
        }

        public HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(url(path)).header("Cookie", cookie);
        }
    }
}
