package org.emporium.platform.test.architecture.layering.infrastructure;

public final class TaxTable {
    private TaxTable() {}

    public static int vatPercent() {
        return 20;
    }
}
