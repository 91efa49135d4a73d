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

    /**
     * This range cut for the monthly roll-ups: the calendar months wholly inside it, and the days before and after
     * them. Together the three parts cover every day of the range exactly once; without a whole month inside, all of
     * it is head days.
     */
    public ByMonths byMonths() {
        var firstWhole =
                from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        var afterLastWhole = to.plusDays(1).withDayOfMonth(1);
        if (!firstWhole.isBefore(afterLastWhole)) {
            return new ByMonths(from, to, firstWhole, firstWhole.minusMonths(1), to.plusDays(1), to);
        }
        return new ByMonths(
                from, firstWhole.minusDays(1), firstWhole, afterLastWhole.minusMonths(1), afterLastWhole, to);
    }

    /**
     * A range as days {@code headFrom..headTo}, whole months {@code firstMonth..lastMonth} (first days of months) and
     * days {@code tailFrom..tailTo}, all inclusive; an empty part ends before it starts (a {@code BETWEEN} over it
     * selects nothing).
     */
    public record ByMonths(
            LocalDate headFrom,
            LocalDate headTo,
            LocalDate firstMonth,
            LocalDate lastMonth,
            LocalDate tailFrom,
            LocalDate tailTo) {}
}
