package org.emporium.ordering.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Amounts are {@link BigDecimal}s in one ISO 4217 currency, rounded half-even to its minor unit. */
public final class Money {
    private Money() {}

    public static BigDecimal round(BigDecimal amount, String currency) {
        var digits = Currency.getInstance(currency).getDefaultFractionDigits();
        return amount.setScale(Math.max(digits, 0), RoundingMode.HALF_EVEN);
    }

    /** Whether two amounts are the same money in {@code currency} (12.5 and 12.50 are). */
    public static boolean same(BigDecimal a, BigDecimal b, String currency) {
        return round(a, currency).compareTo(round(b, currency)) == 0;
    }
}
