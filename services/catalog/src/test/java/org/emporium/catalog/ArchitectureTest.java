package org.emporium.catalog;

import org.emporium.platform.test.HandlerCoverage;
import org.emporium.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersDependInwardsAndTheDomainIsPlainJava() {
        ServiceArchitecture.check("org.emporium.catalog");
    }

    @Test
    void everyCommandAndQueryHasExactlyOneHandler() {
        HandlerCoverage.assertEveryRequestHasExactlyOneHandler("org.emporium.catalog");
    }

    @Test
    void everyPackageIsNullMarked() {
        ServiceArchitecture.checkNullMarked("org.emporium.catalog");
    }
}
