package org.emporium.catalog.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.test.ApiClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;

/**
 * Calls the catalog API like a client does; answers are kept whole (status, headers, JSON) for assertions. The HTTP
 * work is platform-test's {@link ApiClient}; this adds catalog's conveniences and answers as {@link ResponseEntity}.
 */
public final class CatalogClient {
    private final ApiClient http;

    CatalogClient(ApiClient http) {
        this.http = http;
    }

    public ResponseEntity<JsonNode> get(String path) {
        return json(http.get(path));
    }

    public ResponseEntity<byte[]> getBytes(String path, String ifNoneMatch) {
        var request = http.request(path).setHeader("Accept", "*/*").GET();
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        var response = http.send(request);
        return new ResponseEntity<>(response.bytes(), headers(response), HttpStatusCode.valueOf(response.status()));
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return json(http.post(path, body));
    }

    public ResponseEntity<JsonNode> put(String path, String ifMatch, Object body) {
        return json(ifMatch(ifMatch).put(path, body));
    }

    public ResponseEntity<JsonNode> patch(String path, String ifMatch, Object body) {
        return json(ifMatch(ifMatch).patch(path, body));
    }

    public ResponseEntity<JsonNode> delete(String path, String ifMatch) {
        return json(ifMatch(ifMatch).delete(path));
    }

    public ResponseEntity<JsonNode> upload(String path, String filename, byte[] content) {
        var type = MediaTypeFactory.getMediaType(filename).orElse(MediaType.APPLICATION_OCTET_STREAM);
        return json(http.upload(path, "file", filename, type.toString(), content));
    }

    private ApiClient ifMatch(String ifMatch) {
        return http.withHeader(HttpHeaders.IF_MATCH, ifMatch);
    }

    private static ResponseEntity<JsonNode> json(ApiClient.Response response) {
        return new ResponseEntity<>(
                response.jsonOrNull(), headers(response), HttpStatusCode.valueOf(response.status()));
    }

    private static HttpHeaders headers(ApiClient.Response response) {
        var headers = new HttpHeaders();
        response.headers().map().forEach(headers::addAll);
        return headers;
    }

    /** Creates a category as the caller and returns its id. */
    public UUID createCategory(String name, UUID parent) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("parentId", parent);
        body.put("position", 0);
        var response = post("/api/catalog/categories", body);
        if (!response.getStatusCode().is2xxSuccessful()) {
            throw new AssertionError("Category not created: " + response);
        }
        return UUID.fromString(response.getBody().get("id").asString());
    }

    /** A valid product body; tests change what they care about. */
    public static Map<String, Object> product(String name, UUID category) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", name);
        body.put("description", "A test product called " + name);
        body.put("categoryId", category);
        body.put("brand", "Acme");
        body.put("attributes", Map.of("colour", "black"));
        body.put("price", new BigDecimal("19.90"));
        body.put("currency", "EUR");
        body.put("stock", 5);
        body.put("status", "ACTIVE");
        return body;
    }
}
