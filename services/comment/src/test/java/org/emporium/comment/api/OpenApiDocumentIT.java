package org.emporium.comment.api;

import org.emporium.comment.support.CommentIntegrationTest;
import org.emporium.platform.test.OpenApiDocuments;
import org.junit.jupiter.api.Test;

/** Comment's OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends CommentIntegrationTest {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("comment", "http://127.0.0.1:" + port);
    }
}
