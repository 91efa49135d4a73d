package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;

/** Coupons for tests: {@code aPercentage("10").withMinimum("50")...build()}. */
final class CouponFixture {
    static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private String code = "TEST10";
    private CouponKind kind;
    private BigDecimal value;
    private Currency currency;
    private Instant validFrom = NOW.minusSeconds(86_400);
    private Instant validUntil = NOW.plusSeconds(86_400);
    private BigDecimal minimum;
    private Integer maxRedemptions;
    private Integer maxPerCustomer;
    private Set<UUID> categories = Set.of();
    private Set<UUID> products = Set.of();
    private boolean firstOrderOnly;
    private boolean active = true;

    private CouponFixture(CouponKind kind, String value, String currency) {
        this.kind = kind;
        this.value = new BigDecimal(value);
        this.currency = currency == null ? null : Currency.getInstance(currency);
    }

    static CouponFixture aPercentage(String value) {
        return new CouponFixture(CouponKind.PERCENTAGE, value, null);
    }

    static CouponFixture aFixedAmount(String value, String currency) {
        return new CouponFixture(CouponKind.FIXED_AMOUNT, value, currency);
    }

    CouponFixture inCurrency(String code) {
        this.currency = Currency.getInstance(code);
        return this;
    }

    CouponFixture withMinimum(String amount) {
        this.minimum = new BigDecimal(amount);
        return this;
    }

    CouponFixture validBetween(Instant from, Instant until) {
        this.validFrom = from;
        this.validUntil = until;
        return this;
    }

    CouponFixture limitedTo(Integer total, Integer perCustomer) {
        this.maxRedemptions = total;
        this.maxPerCustomer = perCustomer;
        return this;
    }

    CouponFixture onCategories(UUID... ids) {
        this.categories = Set.of(ids);
        return this;
    }

    CouponFixture onProducts(UUID... ids) {
        this.products = Set.of(ids);
        return this;
    }

    CouponFixture firstOrderOnly() {
        this.firstOrderOnly = true;
        return this;
    }

    CouponFixture inactive() {
        this.active = false;
        return this;
    }

    CouponTerms terms() {
        return new CouponTerms(
                "test coupon",
                kind,
                value,
                currency,
                validFrom,
                validUntil,
                minimum,
                maxRedemptions,
                maxPerCustomer,
                categories,
                products,
                firstOrderOnly);
    }

    Coupon build() {
        return Coupon.create(CouponCode.of(code), terms(), active, NOW.minusSeconds(100_000));
    }
}
