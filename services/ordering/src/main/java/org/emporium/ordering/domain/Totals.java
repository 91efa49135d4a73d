package org.emporium.ordering.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An order's money: subtotal of the lines, the coupon's discount and what the customer pays. */
public record Totals(
        String currency,
        BigDecimal subtotal,
        BigDecimal discount,
        BigDecimal total,
        @Nullable String couponCode) {
    public Totals {
        Objects.requireNonNull(currency, "currency");
        subtotal = Money.round(subtotal, currency);
        discount = Money.round(discount, currency);
        total = Money.round(total, currency);
        if (discount.signum() < 0 || discount.compareTo(subtotal) > 0) {
            throw new IllegalArgumentException("a discount is between 0 and the subtotal");
        }
        if (total.compareTo(subtotal.subtract(discount)) != 0) {
            throw new IllegalArgumentException("total is subtotal minus discount");
        }
    }

    /** Totals of {@code lines} with the discount the coupon gave (the sum of the lines' shares). */
    public static Totals of(String currency, List<OrderLine> lines, @Nullable String couponCode) {
        var subtotal = lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        var discount = lines.stream().map(OrderLine::discount).reduce(BigDecimal.ZERO, BigDecimal::add);
        var rounded = Money.round(subtotal, currency);
        var roundedDiscount = Money.round(discount, currency);
        return new Totals(currency, rounded, roundedDiscount, rounded.subtract(roundedDiscount), couponCode);
    }
}
