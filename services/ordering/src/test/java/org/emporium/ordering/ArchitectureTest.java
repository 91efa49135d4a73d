package org.emporium.ordering;

import org.emporium.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void layersDependInwardsAndTheDomainIsPlainJava() {
        ServiceArchitecture.check("org.emporium.ordering");
    }

    @Test
    void everyPackageIsNullMarked() {
        ServiceArchitecture.checkNullMarked("org.emporium.ordering");
    }
}
