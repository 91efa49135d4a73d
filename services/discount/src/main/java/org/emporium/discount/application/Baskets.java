package org.emporium.discount.application;

import java.util.Currency;
import java.util.List;
import org.emporium.discount.domain.DiscountErrors;
import org.emporium.discount.domain.PricedLine;
import org.emporium.platform.core.Money;

/** The input checks a quote and a reservation share, before any pricing. */
final class Baskets {
    private Baskets() {}

    static Currency currency(String code) {
        if (!Money.isCurrencyCode(code)) {
            throw DiscountErrors.invalidQuote("currency", "is an ISO 4217 code such as EUR");
        }
        return Currency.getInstance(code);
    }

    static List<PricedLine> lines(List<LineInput> lines) {
        return lines.stream().map(LineInput::priced).toList();
    }
}
