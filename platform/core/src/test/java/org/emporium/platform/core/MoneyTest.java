package org.emporium.platform.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void roundsHalfEvenToTheCurrencyScale() {
        assertThat(Money.of("2.345", "EUR").amount()).isEqualByComparingTo("2.34");
        assertThat(Money.of("2.355", "EUR").amount()).isEqualByComparingTo("2.36");
        assertThat(Money.of("100.5", "JPY").amount()).isEqualByComparingTo("100");
    }

    @Test
    void addsAndMultipliesWithinOneCurrency() {
        var price = Money.of("19.99", "EUR");
        assertThat(price.times(3)).isEqualTo(Money.of("59.97", "EUR"));
        assertThat(price.plus(Money.of("0.01", "EUR"))).isEqualTo(Money.of("20.00", "EUR"));
        assertThat(price.times(new BigDecimal("0.15"))).isEqualTo(Money.of("3.00", "EUR"));
    }

    @Test
    void refusesArithmeticAcrossCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Currency mismatch");
    }

    @Test
    void equalAmountsAtDifferentInputScalesAreEqual() {
        assertThat(Money.of("5", "USD")).isEqualTo(Money.of("5.000", "USD"));
    }

    @Test
    void knowsWhichCurrencyCodesExist() {
        assertThat(Money.isCurrencyCode("EUR")).isTrue();
        assertThat(Money.isCurrencyCode("JPY")).isTrue();
        assertThat(Money.isCurrencyCode("XYZ")).isFalse();
        assertThat(Money.isCurrencyCode("eur")).isFalse();
        assertThat(Money.isCurrencyCode("EURO")).isFalse();
        assertThat(Money.isCurrencyCode(null)).isFalse();
    }
}
