package org.emporium.discount.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.emporium.discount.domain.CouponFixture.NOW;
import static org.emporium.discount.domain.CouponFixture.aFixedAmount;
import static org.emporium.discount.domain.CouponFixture.aPercentage;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PricingTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final UUID HEADPHONES = UUID.randomUUID();
    private static final UUID BOOKS = UUID.randomUUID();

    private static PricedLine line(String price, int quantity) {
        return new PricedLine(UUID.randomUUID(), BOOKS, new BigDecimal(price), quantity);
    }

    private static PricedLine line(UUID category, String price, int quantity) {
        return new PricedLine(UUID.randomUUID(), category, new BigDecimal(price), quantity);
    }

    private static Quote quote(Coupon coupon, Currency currency, List<PricedLine> lines) {
        return Pricing.quote("CODE", coupon, currency, lines, CouponUsage.NONE, NOW);
    }

    @Test
    void takesAPercentageOfTheEligibleSubtotalRoundedHalfEven() {
        // 10 % of 12.25 = 1.225 → 1.22 (half-even: the 2 is even)
        var quote = quote(aPercentage("10").build(), EUR, List.of(line("12.25", 1)));
        assertThat(quote.applies()).isTrue();
        assertThat(quote.discount()).isEqualByComparingTo("1.22").hasScaleOf(2);
        assertThat(quote.total()).isEqualTo(new BigDecimal("11.03"));
        // 10 % of 12.35 = 1.235 → 1.24
        assertThat(quote(aPercentage("10").build(), EUR, List.of(line("12.35", 1)))
                        .discount())
                .isEqualTo(new BigDecimal("1.24"));
    }

    @ParameterizedTest
    @CsvSource({"EUR,1.50,3,15,0.68", "JPY,1234,1,15,185", "KWD,1.2345,1,10,0.123", "JPY,125,1,10,12"})
    void roundsToTheCurrencysMinorUnit(String currency, String price, int quantity, String percent, String discount) {
        var quote = quote(aPercentage(percent).build(), Currency.getInstance(currency), List.of(line(price, quantity)));
        assertThat(quote.discount()).isEqualTo(new BigDecimal(discount));
        assertThat(quote.subtotal().scale()).isEqualTo(Pricing.digits(Currency.getInstance(currency)));
    }

    @Test
    void appliesPercentagesToEligibleLinesOnly() {
        var coupon = aPercentage("15").onCategories(HEADPHONES).build();
        var quote = quote(coupon, EUR, List.of(line(HEADPHONES, "100.00", 1), line(BOOKS, "20.00", 2)));
        assertThat(quote.eligibleSubtotal()).isEqualTo(new BigDecimal("100.00"));
        assertThat(quote.discount()).isEqualTo(new BigDecimal("15.00"));
        assertThat(quote.allocations())
                .extracting(Allocation::discount)
                .containsExactly(new BigDecimal("15.00"), new BigDecimal("0.00"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("125.00"));
    }

    @Test
    void aProductRestrictionMakesOnlyThatProductEligible() {
        var product = line(BOOKS, "10.00", 1);
        var coupon = aPercentage("50").onProducts(product.productId()).build();
        var quote = quote(coupon, EUR, List.of(product, line(BOOKS, "10.00", 1)));
        assertThat(quote.discount()).isEqualTo(new BigDecimal("5.00"));
    }

    @Test
    void capsAFixedAmountAtTheEligibleSubtotalSoTheTotalNeverGoesBelowZero() {
        var quote = quote(aFixedAmount("50", "EUR").build(), EUR, List.of(line("19.99", 1)));
        assertThat(quote.discount()).isEqualTo(new BigDecimal("19.99"));
        assertThat(quote.total()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void allocatesByLargestRemainderSoAllocationsAddUpExactly() {
        // 10.00 over three equal lines: 3.33 each and the one left-over cent to the first (ties → earlier line)
        var quote = quote(aFixedAmount("10", "EUR").build(), EUR, List.of(line("5", 1), line("5", 1), line("5", 1)));
        assertThat(quote.allocations())
                .extracting(Allocation::discount)
                .containsExactly(new BigDecimal("3.34"), new BigDecimal("3.33"), new BigDecimal("3.33"));
    }

    @Test
    void theLeftOverMinorUnitsGoToTheLargestRemainders() {
        // 1.00 over 1.00 / 2.00 / 4.00 (7.00): exact 0.142857, 0.285714, 0.571428 → 0.14, 0.28, 0.57 + 1 cent to
        // the largest remainder (0.285714 → .5714 of a cent)
        var quote = quote(
                aFixedAmount("1", "EUR").build(), EUR, List.of(line("1.00", 1), line("2.00", 1), line("4.00", 1)));
        assertThat(quote.allocations())
                .extracting(Allocation::discount)
                .containsExactly(new BigDecimal("0.14"), new BigDecimal("0.29"), new BigDecimal("0.57"));
    }

    @Test
    void unknownCodeIsRefusedWithTheSubtotal() {
        var quote = Pricing.quote("NOPE", null, EUR, List.of(line("3.10", 2)), CouponUsage.NONE, NOW);
        assertThat(quote.applies()).isFalse();
        assertThat(quote.reason()).isEqualTo(QuoteReason.UNKNOWN);
        assertThat(quote.total()).isEqualTo(new BigDecimal("6.20"));
        assertThat(quote.discount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void belowTheMinimumSaysHowMuchIsMissing() {
        var quote = quote(
                aFixedAmount("5", "EUR").withMinimum("50").build(), EUR, List.of(line("12.50", 2), line("12.45", 1)));
        assertThat(quote.reason()).isEqualTo(QuoteReason.MINIMUM_NOT_MET);
        assertThat(quote.missingAmount()).isEqualTo(new BigDecimal("12.55"));
        assertThat(quote.subtotal()).isEqualTo(new BigDecimal("37.45"));
    }

    @Test
    void eachRuleHasItsOwnReason() {
        var lines = List.of(line(BOOKS, "60.00", 1));
        assertThat(reason(aPercentage("10").inactive().build(), lines, CouponUsage.NONE))
                .isEqualTo(QuoteReason.INACTIVE);
        assertThat(reason(
                        aPercentage("10")
                                .validBetween(NOW.plusSeconds(1), NOW.plusSeconds(100))
                                .build(),
                        lines,
                        CouponUsage.NONE))
                .isEqualTo(QuoteReason.NOT_YET_VALID);
        assertThat(reason(
                        aPercentage("10")
                                .validBetween(NOW.minusSeconds(100), NOW)
                                .build(),
                        lines,
                        CouponUsage.NONE))
                .isEqualTo(QuoteReason.EXPIRED);
        assertThat(reason(aFixedAmount("5", "USD").build(), lines, CouponUsage.NONE))
                .isEqualTo(QuoteReason.CURRENCY_MISMATCH);
        assertThat(reason(aPercentage("10").firstOrderOnly().build(), lines, new CouponUsage(0, 0, true)))
                .isEqualTo(QuoteReason.FIRST_ORDER_ONLY);
        assertThat(reason(aPercentage("10").limitedTo(5, null).build(), lines, new CouponUsage(5, 0, false)))
                .isEqualTo(QuoteReason.EXHAUSTED);
        assertThat(reason(aPercentage("10").limitedTo(5, 1).build(), lines, new CouponUsage(4, 1, false)))
                .isEqualTo(QuoteReason.CUSTOMER_LIMIT_REACHED);
        assertThat(reason(aPercentage("10").onCategories(HEADPHONES).build(), lines, CouponUsage.NONE))
                .isEqualTo(QuoteReason.NOT_APPLICABLE);
        assertThat(reason(aPercentage("10").limitedTo(5, 1).build(), lines, new CouponUsage(4, 0, true)))
                .isNull();
    }

    private static QuoteReason reason(Coupon coupon, List<PricedLine> lines, CouponUsage usage) {
        return Pricing.quote("CODE", coupon, EUR, lines, usage, NOW).reason();
    }

    @Test
    void aPercentageWithoutCurrencyAppliesInAnyCurrencyWithItsMinimumInThatCurrency() {
        var coupon = aPercentage("10").withMinimum("1000").build();
        assertThat(quote(coupon, Currency.getInstance("JPY"), List.of(line("999", 1)))
                        .missingAmount())
                .isEqualTo(new BigDecimal("1"));
        assertThat(quote(coupon, Currency.getInstance("JPY"), List.of(line("1000", 1)))
                        .discount())
                .isEqualTo(new BigDecimal("100"));
    }

    @Test
    void refusesImpossibleTerms() {
        assertThatThrownBy(() -> aPercentage("100.01").terms())
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("value");
        assertThatThrownBy(() -> aPercentage("0").terms()).hasMessageContaining("value");
        assertThatThrownBy(() -> aFixedAmount("5.001", "EUR").terms()).hasMessageContaining("decimals");
        assertThatThrownBy(() -> aPercentage("5").validBetween(NOW, NOW).terms())
                .hasMessageContaining("validUntil");
        assertThatThrownBy(() -> aPercentage("5").limitedTo(0, null).terms()).hasMessageContaining("maxRedemptions");
    }

    @Test
    void normalisesCodesToUpperCaseAndRefusesBadShapes() {
        assertThat(CouponCode.of(" save-5 ").value()).isEqualTo("SAVE-5");
        assertThatThrownBy(() -> CouponCode.of("AB")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CouponCode.of("SAVE 5")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> CouponCode.of("A".repeat(33))).isInstanceOf(DomainException.class);
    }
}
