package org.emporium.catalog.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

/** Calls the catalog API like a client does; answers are kept whole (status, headers, JSON) for assertions. */
public final class CatalogClient {
    private final RestClient http;

    CatalogClient(RestClient http) {
        this.http = http;
    }

    public ResponseEntity<JsonNode> get(String path) {
        return http.get().uri(path).retrieve().toEntity(JsonNode.class);
    }

    public ResponseEntity<byte[]> getBytes(String path, String ifNoneMatch) {
        return http.get()
                .uri(path)
                .headers(h -> {
                    if (ifNoneMatch != null) {
                        h.setIfNoneMatch(ifNoneMatch);
                    }
                })
                .retrieve()
                .toEntity(byte[].class);
    }

    public ResponseEntity<JsonNode> post(String path, Object body) {
        return http.post()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> put(String path, String ifMatch, Object body) {
        return http.put()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> {
                    if (ifMatch != null) {
                        h.setIfMatch(ifMatch);
                    }
                })
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> patch(String path, String ifMatch, Object body) {
        return http.patch()
                .uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setIfMatch(ifMatch))
                .body(body)
                .retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> delete(String path, String ifMatch) {
        return http.delete()
                .uri(path)
                .headers(h -> {
                    if (ifMatch != null) {
                        h.setIfMatch(ifMatch);
                    }
                })
                .retrieve()
                .toEntity(JsonNode.class);
    }

    public ResponseEntity<JsonNode> upload(String path, String filename, byte[] content) {
        var parts = new LinkedMultiValueMap<String, Object>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        return http.post()
                .uri(path)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(parts)
                .retrieve()
                .toEntity(JsonNode.class);
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
