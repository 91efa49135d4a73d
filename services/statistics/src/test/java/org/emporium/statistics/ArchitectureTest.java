package org.emporium.statistics;

import org.emporium.platform.test.HandlerCoverage;
import org.emporium.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersDependInwardsAndTheDomainIsPlainJava() {
        ServiceArchitecture.check("org.emporium.statistics");
    }

    @Test
    void everyCommandAndQueryHasExactlyOneHandler() {
        HandlerCoverage.assertEveryRequestHasExactlyOneHandler("org.emporium.statistics");
    }

    @Test
    void everyPackageIsNullMarked() {
        ServiceArchitecture.checkNullMarked("org.emporium.statistics");
    }
}
