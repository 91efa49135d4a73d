package org.emporium.identity.it;

import org.emporium.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** Identity's OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends IdentityIT {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("identity", "http://127.0.0.1:" + port);
    }
}
