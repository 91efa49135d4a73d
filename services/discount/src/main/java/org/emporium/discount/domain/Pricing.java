package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The pricing arithmetic of a quote, pure and exact. Line totals are {@code unitPrice × quantity} rounded half-even
 * to the currency's minor unit; a percentage is taken of the eligible subtotal and rounded half-even once; a fixed
 * amount is capped at the eligible subtotal; the discount is then spread over the eligible lines by largest
 * remainder (each line gets its proportional share rounded down to the minor unit, the minor units left over go to
 * the lines with the largest cut-off remainders, ties to the earlier line), so the allocations add up exactly.
 */
public final class Pricing {
    private Pricing() {}

    /** The currency's minor-unit digits (EUR 2, JPY 0, KWD 3); 0 for currencies without one. */
    public static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    public static BigDecimal round(BigDecimal amount, Currency currency) {
        return amount.setScale(digits(currency), RoundingMode.HALF_EVEN);
    }

    /**
     * Quotes {@code coupon} (null when no coupon has the code) for the lines; the first rule broken, in
     * {@link QuoteReason}'s order, is the reason. {@code usage} counts the coupon's reservations and the customer's.
     */
    public static Quote quote(
            String code,
            @Nullable Coupon coupon,
            Currency currency,
            List<PricedLine> lines,
            CouponUsage usage,
            Instant now) {
        var totals = lines.stream()
                .map(line -> round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), currency))
                .toList();
        var subtotal = totals.stream().reduce(round(BigDecimal.ZERO, currency), BigDecimal::add);
        if (coupon == null) {
            return refused(
                    code, QuoteReason.UNKNOWN, null, currency, subtotal, round(BigDecimal.ZERO, currency), lines);
        }
        var terms = coupon.terms();
        var eligible = IntStream.range(0, lines.size())
                .mapToObj(i -> terms.eligible(lines.get(i)))
                .toList();
        var eligibleSubtotal = round(BigDecimal.ZERO, currency);
        for (int i = 0; i < lines.size(); i++) {
            if (eligible.get(i)) {
                eligibleSubtotal = eligibleSubtotal.add(totals.get(i));
            }
        }
        var reason = reason(coupon, currency, subtotal, eligibleSubtotal, usage, now);
        if (reason != null) {
            var missing = reason == QuoteReason.MINIMUM_NOT_MET
                    ? round(terms.minimumAmount(), currency).subtract(subtotal)
                    : null;
            return refused(code, reason, missing, currency, subtotal, eligibleSubtotal, lines);
        }
        var discount = terms.kind() == CouponKind.PERCENTAGE
                ? round(eligibleSubtotal.multiply(terms.value()).movePointLeft(2), currency)
                : round(terms.value(), currency).min(eligibleSubtotal);
        var allocated = allocate(discount, totals, eligible, currency);
        var allocations = new ArrayList<Allocation>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            allocations.add(new Allocation(lines.get(i).productId(), allocated.get(i)));
        }
        return new Quote(
                coupon.code().value(),
                true,
                null,
                null,
                currency,
                subtotal,
                eligibleSubtotal,
                discount,
                subtotal.subtract(discount),
                allocations);
    }

    private static @Nullable QuoteReason reason(
            Coupon coupon,
            Currency currency,
            BigDecimal subtotal,
            BigDecimal eligibleSubtotal,
            CouponUsage usage,
            Instant now) {
        var terms = coupon.terms();
        if (!coupon.active()) {
            return QuoteReason.INACTIVE;
        }
        if (now.isBefore(terms.validFrom())) {
            return QuoteReason.NOT_YET_VALID;
        }
        if (terms.validUntil() != null && !now.isBefore(terms.validUntil())) {
            return QuoteReason.EXPIRED;
        }
        if (terms.currency() != null && !terms.currency().equals(currency)) {
            return QuoteReason.CURRENCY_MISMATCH;
        }
        if (terms.firstOrderOnly() && usage.customerHasOrdered()) {
            return QuoteReason.FIRST_ORDER_ONLY;
        }
        if (terms.maxRedemptions() != null && usage.active() >= terms.maxRedemptions()) {
            return QuoteReason.EXHAUSTED;
        }
        if (terms.maxPerCustomer() != null && usage.activeByCustomer() >= terms.maxPerCustomer()) {
            return QuoteReason.CUSTOMER_LIMIT_REACHED;
        }
        if (eligibleSubtotal.signum() == 0) {
            return QuoteReason.NOT_APPLICABLE;
        }
        if (terms.minimumAmount() != null && subtotal.compareTo(round(terms.minimumAmount(), currency)) < 0) {
            return QuoteReason.MINIMUM_NOT_MET;
        }
        return null;
    }

    /** Largest remainder over the eligible lines, in minor units; ineligible lines get zero. */
    static List<BigDecimal> allocate(
            BigDecimal discount, List<BigDecimal> totals, List<Boolean> eligible, Currency currency) {
        int digits = digits(currency);
        var zero = round(BigDecimal.ZERO, currency);
        var result = new ArrayList<BigDecimal>(totals.size());
        totals.forEach(t -> result.add(zero));
        var eligibleTotal = BigDecimal.ZERO;
        for (int i = 0; i < totals.size(); i++) {
            if (eligible.get(i)) {
                eligibleTotal = eligibleTotal.add(totals.get(i));
            }
        }
        if (discount.signum() == 0 || eligibleTotal.signum() == 0) {
            return result;
        }
        var units = discount.movePointRight(digits).toBigIntegerExact();
        var lineIndexes = new ArrayList<Integer>();
        var given = java.math.BigInteger.ZERO;
        var rests = new BigDecimal[totals.size()];
        for (int i = 0; i < totals.size(); i++) {
            if (!eligible.get(i)) {
                continue;
            }
            var exact = new BigDecimal(units).multiply(totals.get(i));
            var shares = exact.divideToIntegralValue(eligibleTotal);
            rests[i] = exact.subtract(shares.multiply(eligibleTotal));
            given = given.add(shares.toBigIntegerExact());
            result.set(i, new BigDecimal(shares.toBigIntegerExact(), digits));
            lineIndexes.add(i);
        }
        int left = units.subtract(given).intValueExact();
        var order = lineIndexes.stream()
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> rests[i])
                        .reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < left; k++) {
            int i = order.get(k);
            result.set(i, result.get(i).add(BigDecimal.ONE.movePointLeft(digits)));
        }
        return result;
    }

    private static Quote refused(
            String code,
            QuoteReason reason,
            @Nullable BigDecimal missing,
            Currency currency,
            BigDecimal subtotal,
            BigDecimal eligibleSubtotal,
            List<PricedLine> lines) {
        var zero = round(BigDecimal.ZERO, currency);
        return new Quote(
                code,
                false,
                reason,
                missing,
                currency,
                subtotal,
                eligibleSubtotal,
                zero,
                subtotal,
                lines.stream().map(l -> new Allocation(l.productId(), zero)).toList());
    }
}
