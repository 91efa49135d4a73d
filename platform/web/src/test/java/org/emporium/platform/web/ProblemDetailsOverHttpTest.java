package org.emporium.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.emporium.platform.core.ProblemCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of failure a client can provoke, sent over real HTTP to a real Tomcat, answered as problem+json with a
 * stable code. The request size limit is lowered to 1 KB so that "too large" is cheap to send.
 */
@SpringBootTest(
        classes = ProblemDetailsOverHttpTest.TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"emporium.web.max-request-size=1KB", "spring.application.name=web-test"})
class ProblemDetailsOverHttpTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String VALID_ORDER = """
            {"name": "Alice", "quantity": 2, "email": "alice@example.com", "items": [{"sku": "A-1", "qty": 1}]}
            """;

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @LocalServerPort
    int port;

    // ---- the happy paths, so that the failures below are failures of the request and not of the app

    @Test
    void validOrderIsAccepted() throws Exception {
        var response = send("POST", "/test/orders", "application/json", BodyPublishers.ofString(VALID_ORDER));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response).get("name").asString()).isEqualTo("Alice");
    }

    @Test
    void uuidPathVariableIsBound() throws Exception {
        var id = UUID.randomUUID();

        var response = get("/test/orders/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("id").asString()).isEqualTo(id.toString());
    }

    // ---- malformed requests

    @Test
    void malformedJsonIsABadRequestWithMalformedBodyCode() throws Exception {
        var response = postJson("/test/orders", "{\"name\": \"Alice\", ");

        assertProblem(response, 400, ProblemCodes.MALFORMED_BODY);
    }

    @Test
    void emptyBodyIsABadRequestWithMalformedBodyCode() throws Exception {
        var response = postJson("/test/orders", "");

        assertProblem(response, 400, ProblemCodes.MALFORMED_BODY);
    }

    @Test
    void wrongFieldTypeNamesTheField() throws Exception {
        var response = postJson("/test/orders", """
                {"name": "Alice", "quantity": "lots", "email": "alice@example.com", "items": [{"sku": "A-1", "qty": 1}]}
                """);

        var body = assertProblem(response, 400, ProblemCodes.MALFORMED_BODY);
        assertThat(fields(body)).containsExactly("quantity");
    }

    @Test
    void wrongTypeInsideAListNamesTheIndexedField() throws Exception {
        var response = postJson("/test/orders", """
                {"name": "Alice", "quantity": 1, "email": "alice@example.com", "items": [{"sku": "A-1", "qty": "x"}]}
                """);

        var body = assertProblem(response, 400, ProblemCodes.MALFORMED_BODY);
        assertThat(fields(body)).containsExactly("items[0].qty");
    }

    @Test
    void unknownFieldIsRefusedAndNamed() throws Exception {
        var response = postJson("/test/orders", """
                {"name": "Alice", "quantity": 1, "email": "alice@example.com", "items": [{"sku": "A-1", "qty": 1}],
                 "isAdmin": true}
                """);

        var body = assertProblem(response, 400, ProblemCodes.UNKNOWN_FIELD);
        assertThat(fields(body)).containsExactly("isAdmin");
    }

    @Test
    void beanValidationReportsEveryInvalidFieldSortedByPath() throws Exception {
        var response = postJson("/test/orders", """
                {"name": " ", "quantity": 0, "email": "not-an-email", "items": [{"sku": "", "qty": 1}]}
                """);

        var body = assertProblem(response, 400, ProblemCodes.VALIDATION_FAILED);
        assertThat(fields(body)).containsExactly("email", "items[0].sku", "name", "quantity");
        assertThat(body.get("errors").get(0).get("message").asString()).isNotBlank();
    }

    @Test
    void invalidUuidPathVariableIsABadRequestNamingTheParameter() throws Exception {
        var response = get("/test/orders/not-a-uuid");

        var body = assertProblem(response, 400, ProblemCodes.INVALID_PARAMETER);
        assertThat(fields(body)).containsExactly("id");
    }

    @Test
    void missingQueryParameterIsABadRequestNamingTheParameter() throws Exception {
        var response = get("/test/search");

        var body = assertProblem(response, 400, ProblemCodes.MISSING_PARAMETER);
        assertThat(fields(body)).containsExactly("q");
    }

    // ---- routing and content negotiation

    @Test
    void unknownPathIsNotFound() throws Exception {
        var response = get("/no/such/path");

        assertProblem(response, 404, ProblemCodes.NOT_FOUND);
    }

    @Test
    void wrongMethodIsMethodNotAllowedWithAllowHeader() throws Exception {
        var response = send("DELETE", "/test/json", null, BodyPublishers.noBody());

        assertProblem(response, 405, ProblemCodes.METHOD_NOT_ALLOWED);
        assertThat(response.headers().firstValue("Allow"))
                .hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    @Test
    void unsupportedContentTypeIsUnsupportedMediaType() throws Exception {
        var response = send("POST", "/test/orders", "text/plain", BodyPublishers.ofString("name=Alice"));

        assertProblem(response, 415, ProblemCodes.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void unacceptableAcceptHeaderIsNotAcceptable() throws Exception {
        var request = request("GET", "/test/json", null, BodyPublishers.noBody())
                .header("Accept", "text/csv")
                .build();

        var response = http.send(request, BodyHandlers.ofString());

        assertProblem(response, 406, ProblemCodes.NOT_ACCEPTABLE);
    }

    @Test
    void jsonEndpointAnswersJsonWhenJsonIsAccepted() throws Exception {
        var request = request("GET", "/test/json", null, BodyPublishers.noBody())
                .header("Accept", "application/json")
                .build();

        var response = http.send(request, BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    }

    // ---- size limits

    @Test
    void bodyOverTheLimitByContentLengthIsContentTooLarge() throws Exception {
        var body = orderWithLongName(8 * 1024);

        var response = send("POST", "/test/orders", "application/json", BodyPublishers.ofString(body));

        assertProblem(response, 413, ProblemCodes.BODY_TOO_LARGE);
    }

    @Test
    void chunkedBodyOverTheLimitIsContentTooLarge() throws Exception {
        var bytes = orderWithLongName(8 * 1024).getBytes(StandardCharsets.UTF_8);
        // An input-stream publisher has no known length: the client sends it chunked, without Content-Length.
        var chunked = BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes));
        assertThat(chunked.contentLength()).isNegative();

        var response = send("POST", "/test/orders", "application/json", chunked);

        assertProblem(response, 413, ProblemCodes.BODY_TOO_LARGE);
    }

    @Test
    void chunkedBodyUnderTheLimitIsAccepted() throws Exception {
        var bytes = VALID_ORDER.getBytes(StandardCharsets.UTF_8);

        var response = send(
                "POST",
                "/test/orders",
                "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)));

        assertThat(response.statusCode()).isEqualTo(201);
    }

    // ---- domain refusals

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NOT_FOUND, 404",
        "CONFLICT, 409",
        "INVALID, 422",
        "RULE_VIOLATED, 422",
        "PRECONDITION_FAILED, 412",
        "FORBIDDEN, 403",
        "TOO_MANY_REQUESTS, 429",
        "UNAVAILABLE, 503"
    })
    void domainExceptionKindMapsToItsStatusAndKeepsItsCode(ErrorKind kind, int status) throws Exception {
        var response = get("/test/domain/" + kind.name());

        var body = assertProblem(response, status, "TEST." + kind.name());
        assertThat(body.get("detail").asString()).isEqualTo("Refused: " + kind.name());
        assertThat(body.get("type").asString())
                .isEqualTo(
                        Problems.TYPE_BASE + "test/" + kind.name().toLowerCase().replace('_', '-'));
    }

    @Test
    void tooManyRequestsTellsWhenToRetry() throws Exception {
        var response = get("/test/domain/TOO_MANY_REQUESTS");

        var body = assertProblem(response, 429, "TEST.TOO_MANY_REQUESTS");
        assertThat(response.headers().firstValue("Retry-After")).contains("17");
        assertThat(body.get("retryAfterSeconds").asInt()).isEqualTo(17);
    }

    @Test
    void anUnreachableDatabaseOrExhaustedPoolIsUnavailableNotABug() throws Exception {
        var response = get("/test/pool-exhausted");

        var body = assertProblem(response, 503, "SERVER.UNAVAILABLE");
        assertThat(response.headers().firstValue("Retry-After")).contains("1");
        assertThat(body.get("detail").asString()).doesNotContain("JDBC");
    }

    @Test
    void otherKindsSendNoRetryAfter() throws Exception {
        var response = get("/test/domain/CONFLICT");

        assertThat(response.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void responseStatusExceptionGetsACodeFromItsStatus() throws Exception {
        var response = get("/test/gone");

        assertProblem(response, 410, "REQUEST.GONE");
    }

    @Test
    void missingIfMatchIsPreconditionRequired() throws Exception {
        var response = send(
                "PUT", "/test/orders/" + UUID.randomUUID(), "application/json", BodyPublishers.ofString(VALID_ORDER));

        assertProblem(response, 428, ProblemCodes.PRECONDITION_REQUIRED);
    }

    @Test
    void optimisticLockFailureIsAStaleVersion() throws Exception {
        var request = request(
                        "PUT",
                        "/test/orders/" + UUID.randomUUID(),
                        "application/json",
                        BodyPublishers.ofString(VALID_ORDER))
                .header("If-Match", "\"3\"")
                .build();

        var response = http.send(request, BodyHandlers.ofString());

        assertProblem(response, 412, ProblemCodes.STALE_VERSION);
    }

    // ---- unexpected failures

    @Test
    void unexpectedExceptionIsInternalErrorWithoutInternals() throws Exception {
        var response = getTraced("/test/boom");

        var body = assertProblem(response, 500, ProblemCodes.INTERNAL);
        assertThat(response.body())
                .doesNotContain("IllegalStateException")
                .doesNotContain("hunter2")
                .doesNotContain("java.")
                .doesNotContain("\tat ")
                .doesNotContain("TestController");
        assertThat(propertyNames(body)).doesNotContain("exception", "trace", "message", "stackTrace");
        assertThat(body.path("traceId").asString(null))
                .as("traceId of the request's trace, to find the logged exception")
                .isEqualTo(TRACE_ID);
    }

    @Test
    void illegalArgumentFromALibraryIsAnInternalErrorWithoutItsMessage() throws Exception {
        var response = getTraced("/test/library-refuses");

        var body = assertProblem(response, 500, ProblemCodes.INTERNAL);
        assertThat(response.body())
                .doesNotContain("IllegalArgumentException")
                .doesNotContain("catalog_internal")
                .doesNotContain("/var/lib");
        assertThat(body.path("traceId").asString(null)).isEqualTo(TRACE_ID);
    }

    @Test
    void malformedMultipartBodyIsABadRequest() throws Exception {
        // A part that starts but never ends: the container cannot parse the body.
        var truncated = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nno closing boundary";

        var response = send(
                "POST", "/test/upload", "multipart/form-data; boundary=b0undary", BodyPublishers.ofString(truncated));

        assertProblem(response, 400, ProblemCodes.MALFORMED_BODY);
    }

    @Test
    void wellFormedMultipartBodyIsAccepted() throws Exception {
        var body = "--b0undary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nhello\r\n--b0undary--\r\n";

        var response =
                send("POST", "/test/upload", "multipart/form-data; boundary=b0undary", BodyPublishers.ofString(body));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("size").asInt()).isEqualTo(5);
    }

    // ---- observability defaults

    @Test
    void livenessProbeIsUp() throws Exception {
        var response = get("/actuator/health/liveness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void readinessProbeIsUp() throws Exception {
        var response = get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asString()).isEqualTo("UP");
    }

    // ---- helpers

    private static String orderWithLongName(int length) {
        return """
                {"name": "%s", "quantity": 1, "email": "alice@example.com", "items": [{"sku": "A-1", "qty": 1}]}
                """.formatted("x".repeat(length));
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send("GET", path, null, BodyPublishers.noBody());
    }

    /** A GET that continues the caller's trace {@link #TRACE_ID} (W3C {@code traceparent}). */
    private HttpResponse<String> getTraced(String path) throws IOException, InterruptedException {
        var request = request("GET", path, null, BodyPublishers.noBody())
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .build();
        return http.send(request, BodyHandlers.ofString());
    }

    private HttpResponse<String> postJson(String path, String body) throws IOException, InterruptedException {
        return send("POST", path, "application/json", BodyPublishers.ofString(body));
    }

    private HttpResponse<String> send(String method, String path, String contentType, BodyPublisher body)
            throws IOException, InterruptedException {
        return http.send(request(method, path, contentType, body).build(), BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String method, String path, String contentType, BodyPublisher body) {
        var builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .as("Content-Type")
                .hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM_JSON));
        var body = json(response);
        assertThat(body.path("code").asString(null))
                .as("code in %s", response.body())
                .isEqualTo(code);
        assertThat(body.path("status").asInt()).as("status member").isEqualTo(status);
        return body;
    }

    private static List<String> fields(JsonNode problem) {
        assertThat(problem.has("errors")).as("errors in %s", problem).isTrue();
        return StreamSupport.stream(problem.get("errors").spliterator(), false)
                .map(error -> error.get("field").asString())
                .toList();
    }

    private static List<String> propertyNames(JsonNode node) {
        return node.propertyNames().stream().toList();
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(TestController.class)
    static class TestApp {}

    record OrderRequest(
            @NotBlank String name,
            @Positive int quantity,
            @NotBlank @Email String email,
            @NotEmpty List<@Valid Item> items) {}

    record Item(@NotBlank String sku, @Positive int qty) {}

    @RestController
    @RequestMapping("/test")
    static class TestController {

        @PostMapping("/orders")
        ResponseEntity<OrderRequest> create(@Valid @RequestBody OrderRequest order) {
            return ResponseEntity.status(201).body(order);
        }

        @GetMapping("/orders/{id}")
        Map<String, Object> order(@PathVariable UUID id) {
            return Map.of("id", id);
        }

        @GetMapping("/search")
        Map<String, Object> search(@RequestParam String q) {
            return Map.of("q", q);
        }

        @GetMapping("/domain/{kind}")
        void refuse(@PathVariable ErrorKind kind) {
            Map<String, Object> details =
                    kind == ErrorKind.TOO_MANY_REQUESTS ? Map.of("retryAfterSeconds", 17) : Map.of();
            throw new DomainException("TEST." + kind.name(), kind, "Refused: " + kind.name(), details);
        }

        @PutMapping("/orders/{id}")
        void update(@PathVariable UUID id, @RequestHeader("If-Match") String version, @RequestBody OrderRequest order) {
            throw new OptimisticLockingFailureException("Row was updated or deleted by another transaction");
        }

        @GetMapping("/pool-exhausted")
        void poolExhausted() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
        }

        @GetMapping("/gone")
        void gone() {
            throw new ResponseStatusException(HttpStatus.GONE);
        }

        @GetMapping("/boom")
        void boom() {
            throw new IllegalStateException("connection to db failed: password=hunter2");
        }

        @GetMapping("/library-refuses")
        void libraryRefuses() {
            throw new IllegalArgumentException("column catalog_internal.secret not in /var/lib/db/schema");
        }

        @PostMapping(path = "/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
        Map<String, Object> upload(@RequestPart("file") MultipartFile file) {
            return Map.of("size", file.getSize());
        }

        @GetMapping(path = "/json", produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> json() {
            return Map.of("ok", true);
        }
    }
}
