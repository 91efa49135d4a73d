package org.emporium.statistics.domain;

import org.emporium.platform.core.DomainException;

/** Every refusal of the statistics service, named once with a stable code (docs/statistics.md). */
public final class StatisticsErrors {
    public static final String INVALID_RANGE = "STATISTICS.INVALID_RANGE";
    public static final String INVALID_PARAMETER = "STATISTICS.INVALID_PARAMETER";

    private StatisticsErrors() {}

    /** 422: {@code from} after {@code to}, or a range longer than {@link ReportRange#MAX_DAYS} days. */
    public static DomainException invalidRange(String why) {
        return DomainException.ruleViolated(INVALID_RANGE, "The report range is invalid: " + why + ".");
    }

    /** 422: a query parameter outside its values, e.g. {@code granularity=year}. */
    public static DomainException invalidParameter(String name, String allowed) {
        return DomainException.ruleViolated(
                INVALID_PARAMETER, "Parameter " + name + " must be one of: " + allowed + ".");
    }
}
