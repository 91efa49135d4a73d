package org.emporium.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
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
