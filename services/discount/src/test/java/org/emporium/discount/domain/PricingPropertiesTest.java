package org.emporium.discount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.emporium.discount.domain.CouponFixture.NOW;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The invariants of every quote, over random baskets, coupons and currencies. */
class PricingPropertiesTest {
    private static final UUID RESTRICTED = UUID.randomUUID();

    record Case(Coupon coupon, Currency currency, List<PricedLine> lines) {}

    @Property(tries = 500)
    void allocationsAddUpToTheDiscountWhichStaysWithinTheEligibleSubtotal(@ForAll("cases") Case c) {
        var quote = Pricing.quote("CODE", c.coupon(), c.currency(), c.lines(), CouponUsage.NONE, NOW);
        var sum = quote.allocations().stream().map(Allocation::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(quote.discount());
        assertThat(quote.discount().signum()).isGreaterThanOrEqualTo(0);
        assertThat(quote.discount()).isLessThanOrEqualTo(quote.eligibleSubtotal());
        assertThat(quote.total()).isEqualByComparingTo(quote.subtotal().subtract(quote.discount()));
        assertThat(quote.total().signum()).isGreaterThanOrEqualTo(0);
        assertThat(quote.allocations())
                .allSatisfy(a -> assertThat(a.discount().signum()).isGreaterThanOrEqualTo(0));
    }

    @Property(tries = 300)
    void everyAmountIsAtTheCurrencysScaleAndQuotingAgainGivesTheSameAnswer(@ForAll("cases") Case c) {
        var first = Pricing.quote("CODE", c.coupon(), c.currency(), c.lines(), CouponUsage.NONE, NOW);
        var again = Pricing.quote("CODE", c.coupon(), c.currency(), List.copyOf(c.lines()), CouponUsage.NONE, NOW);
        assertThat(again).isEqualTo(first);
        int digits = Pricing.digits(c.currency());
        assertThat(List.of(first.subtotal(), first.eligibleSubtotal(), first.discount(), first.total()))
                .allSatisfy(amount -> assertThat(amount.scale()).isEqualTo(digits));
        assertThat(first.allocations())
                .allSatisfy(a -> assertThat(a.discount().scale()).isEqualTo(digits));
        // rounding is stable: the rounded discount rounds to itself
        assertThat(Pricing.round(first.discount(), c.currency())).isEqualTo(first.discount());
    }

    @Property(tries = 300)
    void noLineIsGivenMoreThanItCostsNorAnIneligibleLineAnything(@ForAll("cases") Case c) {
        var quote = Pricing.quote("CODE", c.coupon(), c.currency(), c.lines(), CouponUsage.NONE, NOW);
        for (int i = 0; i < c.lines().size(); i++) {
            var line = c.lines().get(i);
            var lineTotal = Pricing.round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), c.currency());
            var allocated = quote.allocations().get(i).discount();
            assertThat(allocated).isLessThanOrEqualTo(lineTotal);
            if (!c.coupon().terms().eligible(line)) {
                assertThat(allocated.signum()).isZero();
            }
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        var currency = Arbitraries.of("EUR", "JPY", "KWD", "USD").map(Currency::getInstance);
        return currency.flatMap(cur ->
                Combinators.combine(coupon(cur), lines(cur)).as((coupon, lines) -> new Case(coupon, cur, lines)));
    }

    private Arbitrary<Coupon> coupon(Currency currency) {
        var digits = Pricing.digits(currency);
        var percentage = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("100"))
                .ofScale(2)
                .map(v -> CouponFixture.aPercentage(v.toPlainString()));
        var fixed = Arbitraries.bigDecimals()
                .between(BigDecimal.ONE, new BigDecimal("500"))
                .ofScale(digits)
                .map(v -> CouponFixture.aFixedAmount(v.toPlainString(), currency.getCurrencyCode()));
        return Combinators.combine(Arbitraries.oneOf(percentage, fixed), Arbitraries.of(true, false))
                .as((fixture, restricted) -> (restricted ? fixture.onCategories(RESTRICTED) : fixture).build());
    }

    private Arbitrary<List<PricedLine>> lines(Currency currency) {
        var price = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("999"))
                .ofScale(Pricing.digits(currency));
        var line = Combinators.combine(price, Arbitraries.integers().between(1, 20), Arbitraries.of(true, false))
                .as((p, q, inRestricted) ->
                        new PricedLine(UUID.randomUUID(), inRestricted ? RESTRICTED : UUID.randomUUID(), p, q));
        return line.list().ofMinSize(1).ofMaxSize(12).map(ArrayList::new);
    }
}
