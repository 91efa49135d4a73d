package org.emporium.discount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.discount.domain.CouponFixture.NOW;
import static org.emporium.discount.domain.CouponFixture.aPercentage;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class RedemptionTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final List<PricedLine> LINES =
            List.of(new PricedLine(UUID.randomUUID(), null, new BigDecimal("40.00"), 1));

    private static Redemption reserved(CouponUsage usage) {
        return Redemption.reserve(
                UUID.randomUUID(),
                UUID.randomUUID(),
                aPercentage("10").limitedTo(5, 1).build(),
                EUR,
                LINES,
                usage,
                NOW,
                Duration.ofHours(2));
    }

    @Test
    void aReservationKeepsItsQuoteAndHoldsForTheConfiguredTime() {
        var redemption = reserved(CouponUsage.NONE);
        assertThat(redemption.state()).isEqualTo(RedemptionState.RESERVED);
        assertThat(redemption.discount()).isEqualTo(new BigDecimal("4.00"));
        assertThat(redemption.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(redemption.pullEvents()).isEmpty();
    }

    @Test
    void aReservationBeyondTheLimitIsRefusedWithTheReason() {
        assertThatThrownBy(() -> reserved(new CouponUsage(5, 0, false)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(DiscountErrors.COUPON_REJECTED);
                    assertThat(e.details()).containsEntry("reason", "EXHAUSTED");
                });
        assertThatThrownBy(() -> reserved(new CouponUsage(1, 1, false)))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details()).containsEntry("reason", "CUSTOMER_LIMIT_REACHED"));
    }

    @Test
    void redeemingThenReleasingPublishesEachOnce() {
        var redemption = reserved(CouponUsage.NONE);
        assertThat(redemption.redeem(NOW)).isTrue();
        assertThat(redemption.redeem(NOW)).isFalse();
        assertThat(redemption.pullEvents()).singleElement().isInstanceOf(RedemptionEvent.CouponRedeemed.class);

        assertThat(redemption.release("ORDER_CANCELLED", NOW)).isTrue();
        assertThat(redemption.release("ORDER_CANCELLED", NOW)).isFalse();
        assertThat(redemption.state()).isEqualTo(RedemptionState.RELEASED);
        assertThat(redemption.pullEvents()).singleElement().isInstanceOf(RedemptionEvent.CouponReleased.class);
    }

    @Test
    void aReleasedReservationIsNeverRedeemed() {
        var redemption = reserved(CouponUsage.NONE);
        redemption.release("RESERVATION_EXPIRED", NOW);
        assertThat(redemption.redeem(NOW)).isFalse();
        assertThat(redemption.state()).isEqualTo(RedemptionState.RELEASED);
    }
}
