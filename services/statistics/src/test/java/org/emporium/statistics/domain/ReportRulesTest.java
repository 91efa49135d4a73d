package org.emporium.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class ReportRulesTest {

    @Test
    void refusesARangeEndingBeforeItStartsOrLongerThanTheLimit() {
        assertThatThrownBy(() -> new ReportRange(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("after");
        var from = LocalDate.of(2020, 1, 1);
        assertThat(new ReportRange(from, from.plusDays(ReportRange.MAX_DAYS - 1)).to())
                .isEqualTo(from.plusDays(ReportRange.MAX_DAYS - 1));
        assertThatThrownBy(() -> new ReportRange(from, from.plusDays(ReportRange.MAX_DAYS)))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void lastDaysIncludesToday() {
        var today = LocalDate.of(2025, 3, 30);
        assertThat(ReportRange.lastDays(today, 1)).isEqualTo(new ReportRange(today, today));
        assertThat(ReportRange.lastDays(today, 7).from()).isEqualTo(LocalDate.of(2025, 3, 24));
    }

    @Test
    void aRangeSplitsIntoHeadDaysWholeMonthsAndTailDays() {
        // mid-month to mid-month (a leap February inside)
        assertThat(split("2024-01-20", "2024-03-10"))
                .isEqualTo(parts("2024-01-20", "2024-01-31", "2024-02-01", "2024-02-01", "2024-03-01", "2024-03-10"));
        // from a month's first day to a month's last day: months only
        assertThat(split("2024-01-01", "2024-03-31"))
                .isEqualTo(parts("2024-01-01", "2023-12-31", "2024-01-01", "2024-03-01", "2024-04-01", "2024-03-31"));
        // a month's last day to the next but one's first: one head day, one tail day
        assertThat(split("2024-01-31", "2024-03-01"))
                .isEqualTo(parts("2024-01-31", "2024-01-31", "2024-02-01", "2024-02-01", "2024-03-01", "2024-03-01"));
        // over a year end
        assertThat(split("2025-12-05", "2026-12-04"))
                .isEqualTo(parts("2025-12-05", "2025-12-31", "2026-01-01", "2026-11-01", "2026-12-01", "2026-12-04"));
    }

    @Test
    void aRangeWithoutAWholeMonthIsAllHeadDays() {
        for (var range : List.of(
                List.of("2025-03-10", "2025-03-16"),
                List.of("2025-03-01", "2025-03-30"),
                List.of("2025-03-02", "2025-03-31"),
                List.of("2025-02-15", "2025-03-14"))) {
            var from = range.get(0);
            var to = range.get(1);
            var parts = split(from, to);
            assertThat(List.of(parts.headFrom(), parts.headTo()))
                    .as(from + ".." + to)
                    .containsExactly(LocalDate.parse(from), LocalDate.parse(to));
            assertThat(parts.firstMonth()).isAfter(parts.lastMonth());
            assertThat(parts.tailFrom()).isAfter(parts.tailTo());
        }
    }

    @Test
    void theThreePartsCoverEveryDayOfTheRangeOnce() {
        var start = LocalDate.of(2024, 1, 1);
        for (int offset = 0; offset < 70; offset++) {
            for (int length = 1; length <= 100; length++) {
                var from = start.plusDays(offset);
                var to = from.plusDays(length - 1L);
                var parts = new ReportRange(from, to).byMonths();
                var covered = new ArrayList<LocalDate>();
                for (var day = parts.headFrom(); !day.isAfter(parts.headTo()); day = day.plusDays(1)) {
                    covered.add(day);
                }
                for (var month = parts.firstMonth(); !month.isAfter(parts.lastMonth()); month = month.plusMonths(1)) {
                    assertThat(month.getDayOfMonth()).isEqualTo(1);
                    for (var day = month; day.getMonth() == month.getMonth(); day = day.plusDays(1)) {
                        covered.add(day);
                    }
                }
                for (var day = parts.tailFrom(); !day.isAfter(parts.tailTo()); day = day.plusDays(1)) {
                    covered.add(day);
                }
                assertThat(covered)
                        .as(from + ".." + to)
                        .isEqualTo(from.datesUntil(to.plusDays(1)).toList());
            }
        }
    }

    static ReportRange.ByMonths split(String from, String to) {
        return new ReportRange(LocalDate.parse(from), LocalDate.parse(to)).byMonths();
    }

    static ReportRange.ByMonths parts(String... days) {
        var dates = Arrays.stream(days).map(LocalDate::parse).toList();
        return new ReportRange.ByMonths(
                dates.get(0), dates.get(1), dates.get(2), dates.get(3), dates.get(4), dates.get(5));
    }

    @Test
    void everyStatusHasItsOwnBitAndOnlyPaidOrShippedCancellationsRefund() {
        var seen = 0;
        for (var status : OrderProgress.STATUSES) {
            var bit = OrderProgress.bit(status);
            assertThat(bit).isPositive();
            assertThat(seen & bit).isZero();
            seen |= bit;
        }
        assertThat(OrderProgress.bit("REFUNDED")).isZero();
        assertThat(OrderProgress.refunds("PAID")).isTrue();
        assertThat(OrderProgress.refunds("SHIPPED")).isTrue();
        assertThat(OrderProgress.refunds("AWAITING_PAYMENT")).isFalse();
        assertThat(OrderProgress.refunds("PENDING")).isFalse();
    }
}
