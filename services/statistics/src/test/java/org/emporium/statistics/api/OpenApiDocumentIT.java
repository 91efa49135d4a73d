package org.emporium.statistics.api;

import org.emporium.platform.test.OpenApiDocuments;
import org.emporium.statistics.support.StatisticsIntegrationTest;
import org.junit.jupiter.api.Test;

/** Statistics' OpenAPI document is one clients can generate from; written for {@code .ci/lint-openapi}. */
class OpenApiDocumentIT extends StatisticsIntegrationTest {

    @Test
    void servesADocumentClientsCanGenerateFrom() {
        OpenApiDocuments.checkAndWrite("statistics", "http://127.0.0.1:" + port);
    }
}
