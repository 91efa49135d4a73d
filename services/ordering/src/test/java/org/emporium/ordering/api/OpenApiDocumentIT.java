package org.emporium.ordering.api;

import org.emporium.ordering.support.OrderingIntegrationTest;
import org.emporium.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** Ordering's OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends OrderingIntegrationTest {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("ordering", "http://127.0.0.1:" + port);
    }
}
