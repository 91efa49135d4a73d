package org.emporium.basket.api;

import org.emporium.basket.support.BasketIntegrationTest;
import org.emporium.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** Basket's OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends BasketIntegrationTest {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("basket", "http://127.0.0.1:" + port);
    }
}
