package org.emporium.identity;

import org.emporium.platform.test.HandlerCoverage;
import org.emporium.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
    @Test
    void layersPointInwards() {
        ServiceArchitecture.check("org.emporium.identity");
    }

    @Test
    void everyCommandAndQueryHasExactlyOneHandler() {
        HandlerCoverage.assertEveryRequestHasExactlyOneHandler("org.emporium.identity");
    }

    @Test
    void everyPackageIsNullMarked() {
        ServiceArchitecture.checkNullMarked("org.emporium.identity");
    }
}
