package org.emporium.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class OpenApiDocumentsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void acceptsADocumentAClientCanBeGeneratedFrom() {
        var document = JSON.readTree("""
                {"paths": {"/things/{id}": {
                  "get": {"summary": "Get thing", "operationId": "getThing", "security": [],
                          "responses": {"200": {}, "404": {}}},
                  "delete": {"summary": "Delete thing", "operationId": "deleteThing", "security": [{"bearer": []}],
                             "responses": {"204": {}, "401": {}}}}}}
                """);

        assertThat(OpenApiDocuments.problems(document)).isEmpty();
    }

    @Test
    void namesEveryOperationAGeneratorWouldTripOver() {
        var document = JSON.readTree("""
                {"paths": {
                  "/things/{id}": {"get": {"operationId": "get", "responses": {"200": {}}}},
                  "/others/{id}": {"get": {"summary": "Get other", "operationId": "get", "security": [],
                                           "responses": {"200": {}, "404": {}}}}}}
                """);

        assertThat(OpenApiDocuments.problems(document))
                .containsExactlyInAnyOrder(
                        "GET /things/{id}: no summary",
                        "GET /things/{id}: declares no security (security: [] when public)",
                        "GET /things/{id}: documents no 4xx response",
                        "GET /others/{id}: operationId get is used twice");
    }
}
