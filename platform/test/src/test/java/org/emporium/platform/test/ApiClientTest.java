package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@link ApiClient} against a real HTTP server that records what it received and answers what it is told. */
class ApiClientTest {
    private static HttpServer server;
    private static final List<Received> received = new ArrayList<>();
    private static volatile int nextStatus = 200;
    private static volatile String nextType = "application/json";
    private static volatile String nextBody = "{}";

    record Received(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst())
                    .findFirst()
                    .orElse(null);
        }
    }

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", ApiClientTest::answer);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @BeforeEach
    void reset() {
        received.clear();
        nextStatus = 200;
        nextType = "application/json";
        nextBody = "{}";
    }

    private static void answer(HttpExchange exchange) throws IOException {
        var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        received.add(new Received(
                exchange.getRequestMethod(),
                exchange.getRequestURI().toString(),
                Map.copyOf(exchange.getRequestHeaders()),
                body));
        var answer = nextBody.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", nextType);
        exchange.sendResponseHeaders(nextStatus, answer.length == 0 ? -1 : answer.length);
        if (answer.length > 0) {
            exchange.getResponseBody().write(answer);
        }
        exchange.close();
    }

    private ApiClient client() {
        return ApiClient.at("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @Test
    void sendsJsonWithTheBearerTokenAndReadsJsonBack() {
        nextBody = "{\"id\": \"42\"}";

        var response = client().withBearer("t0ken").post("/api/things?x=1", Map.of("name", "lamp"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("id").asString()).isEqualTo("42");
        var request = received.getFirst();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/things?x=1");
        assertThat(request.header("Authorization")).isEqualTo("Bearer t0ken");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("Accept")).contains("application/problem+json");
        assertThat(ApiClient.JSON.readTree(request.body()).path("name").asString())
                .isEqualTo("lamp");
    }

    @Test
    void copiesKeepTheirOwnHeaders() {
        var anonymous = client();
        var admin = anonymous.withBearer("admin").withHeader("X-Forwarded-For", "10.0.0.1");

        anonymous.get("/a");
        admin.withHeader("X-Forwarded-For", null).delete("/b");

        assertThat(received.get(0).header("Authorization")).isNull();
        assertThat(received.get(1).method()).isEqualTo("DELETE");
        assertThat(received.get(1).header("Authorization")).isEqualTo("Bearer admin");
        assertThat(received.get(1).header("X-Forwarded-For")).isNull();
    }

    @Test
    void getsATokenAsAPublicOrAConfidentialClient() {
        nextBody = "{\"access_token\": \"abc\", \"token_type\": \"Bearer\", \"expires_in\": 900, \"scope\": \"s\"}";

        var token = client().token("web", null, Map.of("grant_type", "password", "username", "a@b.c"));
        client().token("svc", "s3cret:", Map.of("grant_type", "client_credentials"));

        assertThat(token.authorization()).isEqualTo("Bearer abc");
        assertThat(token.refreshToken()).isNull();
        assertThat(received.get(0).path()).isEqualTo("/oauth2/token");
        assertThat(received.get(0).body()).contains("grant_type=password", "username=a%40b.c", "client_id=web");
        assertThat(received.get(1).header("Authorization")).isEqualTo(ApiClient.basic("svc", "s3cret:"));
        assertThat(received.get(1).body()).doesNotContain("client_id");
    }

    @Test
    void refusedTokenRequestsFailLoudly() {
        nextStatus = 401;
        nextBody = "{\"error\": \"invalid_client\"}";

        assertThatThrownBy(() -> client().token("svc", "wrong", Map.of("grant_type", "client_credentials")))
                .hasMessageContaining("invalid_client");
    }

    @Test
    void uploadsOneFileAsMultipart() {
        client().upload("/files", "file", "a.png", "image/png", new byte[] {1, 2, 3});

        var request = received.getFirst();
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.body()).contains("name=\"file\"; filename=\"a.png\"", "Content-Type: image/png");
    }

    @Test
    void assertsProblemsByStatusAndCode() {
        nextStatus = 400;
        nextType = "application/problem+json";
        nextBody = """
                {"type": "https://emporium.dev/problems/request/validation-failed", "title": "Bad Request",
                 "status": 400, "code": "REQUEST.VALIDATION_FAILED", "errors": [{"field": "name", "message": "blank"}]}
                """;

        var response = client().put("/things/1", "{\"name\": \"\"}");

        assertThat(response.isProblem()).isTrue();
        ProblemAssertions.assertValidationProblem(response, "name");
        assertThatThrownBy(() -> ProblemAssertions.assertProblem(response, 409, "REQUEST.VALIDATION_FAILED"))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ProblemAssertions.assertProblem(response, 400, "CATALOG.SOMETHING"))
                .isInstanceOf(AssertionError.class);
        assertThat(received.getFirst().body()).isEqualTo("{\"name\": \"\"}");
    }

    @Test
    void aJsonAnswerThatIsNoProblemIsNoProblem() {
        var response = client().get("/things/1");

        assertThat(response.isProblem()).isFalse();
        assertThatThrownBy(() -> ProblemAssertions.assertProblem(response, 200, "ANY"))
                .isInstanceOf(AssertionError.class);
    }
}
