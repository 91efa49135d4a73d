package org.emporium.statistics.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.emporium.platform.mediator.Query;
import org.emporium.statistics.domain.Granularity;
import org.emporium.statistics.domain.Report;
import org.emporium.statistics.domain.ReportRange;

/** One report over {@code range}, grouped by {@code granularity}; {@code limit} caps its top lists. */
public record GetReport(
        Report report,
        ReportRange range,
        Granularity granularity,
        @Min(1) @Max(100) int limit) implements Query<ReportView> {}
