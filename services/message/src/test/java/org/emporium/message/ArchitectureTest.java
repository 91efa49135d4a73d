package org.emporium.message;

import org.emporium.platform.test.HandlerCoverage;
import org.emporium.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersDependInwardsAndTheDomainIsPlainJava() {
        ServiceArchitecture.check("org.emporium.message");
    }

    @Test
    void everyCommandAndQueryHasExactlyOneHandler() {
        HandlerCoverage.assertEveryRequestHasExactlyOneHandler("org.emporium.message");
    }

    @Test
    void everyPackageIsNullMarked() {
        ServiceArchitecture.checkNullMarked("org.emporium.message");
    }
}
