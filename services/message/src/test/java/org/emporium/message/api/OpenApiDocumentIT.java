package org.emporium.message.api;

import org.emporium.message.support.MessageIntegrationTest;
import org.emporium.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** Message's OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends MessageIntegrationTest {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("message", "http://127.0.0.1:" + port);
    }
}
