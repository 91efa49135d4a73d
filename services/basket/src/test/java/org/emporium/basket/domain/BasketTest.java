package org.emporium.basket.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.junit.jupiter.api.Test;

class BasketTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final Basket basket = Basket.empty(UUID.randomUUID());

    static ProductSnapshot product(String price, String currency) {
        return new ProductSnapshot(UUID.randomUUID(), "Mug", null, null, new BigDecimal(price), currency, true, 1);
    }

    @Test
    void addingTheSameProductAddsToItsLine() {
        var mug = product("12.50", "EUR");
        basket.add(mug, 2, NOW);
        basket.add(mug, 3, NOW);
        assertThat(basket.lines())
                .singleElement()
                .satisfies(line -> assertThat(line.quantity()).isEqualTo(5));
        assertThat(basket.currency()).contains("EUR");
    }

    @Test
    void aQuantityPast99IsRefusedNotCapped() {
        var mug = product("1.00", "EUR");
        basket.add(mug, 98, NOW);
        basket.add(mug, 1, NOW);
        assertThatThrownBy(() -> basket.add(mug, 1, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(BasketErrors.QUANTITY_OUT_OF_RANGE));
        assertThat(basket.line(mug.productId()).orElseThrow().quantity()).isEqualTo(99);
        assertThatThrownBy(() -> basket.setQuantity(mug, 0, NOW)).isInstanceOf(DomainException.class);
    }

    @Test
    void theHundredAndFirstLineIsRefused() {
        for (int i = 0; i < Basket.MAX_LINES; i++) {
            basket.add(product("1.00", "EUR"), 1, NOW);
        }
        assertThatThrownBy(() -> basket.add(product("1.00", "EUR"), 1, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(BasketErrors.TOO_MANY_LINES));
        assertThat(basket.lines()).hasSize(100);
    }

    @Test
    void oneCurrencyPerBasketUntilItIsEmptyAgain() {
        var euro = product("1.00", "EUR");
        basket.add(euro, 1, NOW);
        assertThatThrownBy(() -> basket.add(product("1.00", "USD"), 1, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(BasketErrors.CURRENCY_MISMATCH));
        basket.remove(euro.productId(), NOW);
        basket.add(product("1.00", "USD"), 1, NOW);
        assertThat(basket.currency()).contains("USD");
    }

    @Test
    void anUnavailableProductCannotBeAdded() {
        var archived = product("1.00", "EUR").unavailable(2);
        assertThatThrownBy(() -> basket.add(archived, 1, NOW))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo(BasketErrors.PRODUCT_UNAVAILABLE));
    }

    @Test
    void pricingFlagsChangedPricesExcludesUnavailableLinesAndRoundsHalfEven() {
        var mug = product("10.00", "EUR");
        var cup = product("3.333", "EUR");
        var gone = product("5.00", "EUR");
        basket.add(mug, 2, NOW);
        basket.add(cup, 3, NOW);
        basket.add(gone, 1, NOW);
        var now = Map.of(
                mug.productId(),
                new ProductSnapshot(mug.productId(), "Mug", null, null, new BigDecimal("12.125"), "EUR", true, 2),
                cup.productId(),
                cup,
                gone.productId(),
                gone.unavailable(3));
        var priced = PricedBasket.price(basket, now);
        var lines = priced.lines();
        assertThat(lines.get(0).unitPrice()).isEqualByComparingTo("12.12");
        assertThat(lines.get(0).priceChanged()).isTrue();
        assertThat(lines.get(0).line().addedUnitPrice()).isEqualByComparingTo("10.00");
        assertThat(lines.get(0).lineTotal()).isEqualByComparingTo("24.24");
        assertThat(lines.get(1).unitPrice()).isEqualByComparingTo("3.33");
        assertThat(lines.get(1).priceChanged()).isFalse();
        assertThat(lines.get(2).available()).isFalse();
        assertThat(lines.get(2).lineTotal()).isEqualByComparingTo("0");
        assertThat(priced.subtotal()).isEqualTo(new BigDecimal("34.23"));
    }

    @Test
    void moneyRoundsToTheCurrencysMinorUnit() {
        assertThat(Money.round(new BigDecimal("2.5"), "JPY")).isEqualTo(new BigDecimal("2"));
        assertThat(Money.round(new BigDecimal("1.2345"), "KWD")).isEqualTo(new BigDecimal("1.234"));
        assertThat(Money.round(new BigDecimal("0.125"), "EUR")).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void clearingDropsLinesCurrencyAndCoupon() {
        basket.add(product("1.00", "EUR"), 1, NOW);
        basket.applyCoupon("SAVE5", NOW);
        basket.clear(NOW);
        assertThat(basket.isEmpty()).isTrue();
        assertThat(basket.currency()).isEmpty();
        assertThat(basket.couponCode()).isEmpty();
    }
}
