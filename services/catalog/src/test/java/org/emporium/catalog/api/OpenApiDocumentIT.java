package org.emporium.catalog.api;

import org.emporium.catalog.support.CatalogIntegrationTest;
import org.emporium.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** Catalog's OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends CatalogIntegrationTest {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("catalog", "http://127.0.0.1:" + port);
    }
}
