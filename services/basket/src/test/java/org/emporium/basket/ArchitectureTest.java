package org.emporium.basket;

import org.emporium.platform.test.HandlerCoverage;
import org.emporium.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersDependInwardsAndTheDomainIsPlainJava() {
        ServiceArchitecture.check("org.emporium.basket");
    }

    @Test
    void everyCommandAndQueryHasExactlyOneHandler() {
        HandlerCoverage.assertEveryRequestHasExactlyOneHandler("org.emporium.basket");
    }

    @Test
    void everyPackageIsNullMarked() {
        ServiceArchitecture.checkNullMarked("org.emporium.basket");
    }
}
