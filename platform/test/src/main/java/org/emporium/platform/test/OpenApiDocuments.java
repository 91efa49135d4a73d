package org.emporium.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches a running service's OpenAPI document, checks the rules a client generator relies on (the same ones
 * {@code redocly lint}'s recommended set makes errors of, as far as they can be told without the linter) and writes it
 * to {@code target/openapi/<service>.json}, where {@code .ci/lint-openapi} lints it. One integration test per service:
 *
 * <pre>{@code
 * class OpenApiDocumentIT extends CatalogIntegrationTest {
 *     @Test
 *     void servesADocumentClientsCanGenerateFrom() {
 *         OpenApiDocuments.checkAndWrite("catalog", "http://127.0.0.1:" + port);
 *     }
 * }
 * }</pre>
 */
public final class OpenApiDocuments {
    /** Where the documents go, relative to the module (Maven runs tests in the module's folder). */
    public static final Path FOLDER = Path.of("target", "openapi");

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiDocuments() {}

    /** Fetches {@code baseUrl/v3/api-docs}, fails on the first rule it breaks, writes it and returns its path. */
    public static Path checkAndWrite(String service, String baseUrl) {
        var body = fetch(baseUrl + "/v3/api-docs");
        var problems = problems(JSON.readTree(body));
        if (!problems.isEmpty()) {
            throw new AssertionError("The OpenAPI document of " + service + " is not ready for clients:\n  "
                    + String.join("\n  ", problems));
        }
        try {
            Files.createDirectories(FOLDER);
            var file = FOLDER.resolve(service + ".json");
            Files.writeString(file, body);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a client generator would trip over: an operation without summary or operationId, two operations with one
     * id, an operation that does not declare its security, or one without a documented 4xx problem response.
     */
    public static List<String> problems(JsonNode document) {
        var problems = new ArrayList<String>();
        var ids = new HashSet<String>();
        var paths = document.path("paths");
        if (paths.isEmpty()) {
            problems.add("no paths");
        }
        boolean globalSecurity = document.has("security");
        for (var path : paths.propertyNames()) {
            var item = paths.get(path);
            for (var method : item.propertyNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                var operation = item.get(method);
                var name = method.toUpperCase(java.util.Locale.ROOT) + " " + path;
                if (operation.path("summary").asString("").isBlank()) {
                    problems.add(name + ": no summary");
                }
                var id = operation.path("operationId").asString("");
                if (id.isBlank()) {
                    problems.add(name + ": no operationId");
                } else if (!ids.add(id)) {
                    problems.add(name + ": operationId " + id + " is used twice");
                }
                if (!globalSecurity && !operation.has("security")) {
                    problems.add(name + ": declares no security (security: [] when public)");
                }
                boolean has4xx = false;
                for (var status : operation.path("responses").propertyNames()) {
                    has4xx |= status.startsWith("4");
                }
                if (!has4xx) {
                    problems.add(name + ": documents no 4xx response");
                }
            }
        }
        return problems;
    }

    private static String fetch(String url) {
        try (var http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(url))
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
