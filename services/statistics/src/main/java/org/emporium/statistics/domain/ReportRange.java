package org.emporium.statistics.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days a report covers, both inclusive, in the shop's time zone; at most {@link #MAX_DAYS} days.
 */
public record ReportRange(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 1100;

    public ReportRange {
        if (from.isAfter(to)) {
            throw StatisticsErrors.invalidRange("from " + from + " is after to " + to);
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            throw StatisticsErrors.invalidRange("longer than " + MAX_DAYS + " days");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static ReportRange lastDays(LocalDate today, int days) {
        return new ReportRange(today.minusDays(days - 1L), today);
    }
}
