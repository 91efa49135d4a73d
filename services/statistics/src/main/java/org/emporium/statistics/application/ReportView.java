package org.emporium.statistics.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A report: named sections, each a table of rows (column → value, in column order). The same shape serves JSON and
 * CSV. Amounts are decimals in their currency; rates and shares have four decimals, averages two.
 */
public record ReportView(
        String report,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable String granularity,
        String zone,
        Map<String, List<Map<String, Object>>> sections) {}
