package org.emporium.statistics.application;

import java.time.Instant;
import org.emporium.statistics.domain.Granularity;
import org.emporium.statistics.domain.ReportRange;

/** The read side of the projections: each report from the pre-aggregated tables, never from raw events. */
public interface ReportViews {
    ReportView sales(ReportRange range, Granularity granularity);

    ReportView products(ReportRange range, int limit);

    ReportView coupons(ReportRange range);

    ReportView customers(ReportRange range, Granularity granularity);

    ReportView reviews(ReportRange range, Granularity granularity);

    ReportView catalog();

    /** Today, 7 and 30 days, where today is the shop's day of {@code now}. */
    ReportView overview(Instant now);
}
