package org.emporium.platform.test.architecture.layering.application;

import org.emporium.platform.test.architecture.layering.infrastructure.TaxTable;

public final class Pricing {
    private Pricing() {}

    public static int gross(int cents) {
        return cents * (100 + TaxTable.vatPercent()) / 100;
    }
}
