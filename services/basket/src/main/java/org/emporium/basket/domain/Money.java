package org.emporium.basket.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Money rounding: half-even to the currency's minor unit (EUR 2, JPY 0, KWD 3). */
public final class Money {
    private Money() {}

    public static BigDecimal round(BigDecimal amount, String currency) {
        int digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.setScale(Math.max(digits, 0), RoundingMode.HALF_EVEN);
    }

    public static BigDecimal zero(String currency) {
        return round(BigDecimal.ZERO, currency);
    }
}
