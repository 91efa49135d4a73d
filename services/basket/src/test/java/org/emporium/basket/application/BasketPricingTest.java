package org.emporium.basket.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.BasketErrors;
import org.emporium.basket.domain.ProductSnapshot;
import org.junit.jupiter.api.Test;

/**
 * A read of a basket with a coupon asks discount once, then reuses that answer while what is priced is unchanged;
 * any change to the priced lines asks again. The fake discount counts the quotes it is asked for.
 */
class BasketPricingTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
    private final Map<UUID, ProductSnapshot> copies = new ConcurrentHashMap<>();
    private final List<List<CouponQuotes.QuoteLine>> asked = new CopyOnWriteArrayList<>();
    private final AtomicBoolean discountDown = new AtomicBoolean();

    private final ProductCopies products = new ProductCopies() {
        @Override
        public Map<UUID, ProductSnapshot> find(Collection<UUID> productIds) {
            var found = new java.util.HashMap<UUID, ProductSnapshot>();
            productIds.forEach(id -> {
                if (copies.containsKey(id)) {
                    found.put(id, copies.get(id));
                }
            });
            return found;
        }

        @Override
        public void save(ProductSnapshot product) {
            copies.put(product.productId(), product);
        }
    };

    /** Takes 10 % off whatever it is asked to quote. */
    private final CouponQuotes discount = (customerId, code, currency, lines) -> {
        if (discountDown.get()) {
            throw BasketErrors.discountUnavailable();
        }
        asked.add(lines);
        var subtotal = lines.stream()
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        var off = subtotal.multiply(new BigDecimal("0.10")).setScale(2, java.math.RoundingMode.HALF_EVEN);
        return new CouponQuotes.Quote(code, true, null, null, off, subtotal.subtract(off));
    };

    private final BasketPricing pricing = new BasketPricing(products, discount, Duration.ofSeconds(30));

    private ProductSnapshot product(String price) {
        var product = new ProductSnapshot(UUID.randomUUID(), "Mug", null, null, new BigDecimal(price), "EUR", true, 1);
        products.save(product);
        return product;
    }

    private Basket basketWithCoupon(ProductSnapshot... lines) {
        var basket = Basket.empty(UUID.randomUUID());
        for (var line : lines) {
            basket.add(line, 2, NOW);
        }
        basket.applyCoupon("SAVE10", NOW);
        return basket;
    }

    @Test
    void twoReadsOfTheSameBasketMakeOneQuoteCall() {
        var basket = basketWithCoupon(product("10.00"));

        var first = pricing.view(basket);
        var second = pricing.view(basket);

        assertThat(asked).hasSize(1);
        assertThat(first.discount()).isEqualByComparingTo("2.00");
        assertThat(second.discount()).isEqualByComparingTo("2.00");
        assertThat(second.total()).isEqualByComparingTo("18.00");
    }

    @Test
    void aChangedBasketIsQuotedAgain() {
        var mug = product("10.00");
        var basket = basketWithCoupon(mug);
        pricing.view(basket);

        basket.changeQuantity(mug.productId(), 3, NOW);
        var recounted = pricing.view(basket);
        assertThat(asked).hasSize(2);
        assertThat(recounted.discount()).isEqualByComparingTo("3.00");

        basket.add(product("5.00"), 1, NOW);
        var added = pricing.view(basket);
        assertThat(asked).hasSize(3);
        assertThat(added.discount()).isEqualByComparingTo("3.50");

        pricing.view(basket);
        assertThat(asked).as("unchanged again: the last answer is reused").hasSize(3);
    }

    @Test
    void aPriceChangeFromCatalogIsQuotedAgain() {
        var mug = product("10.00");
        var basket = basketWithCoupon(mug);
        pricing.view(basket);

        products.save(new ProductSnapshot(mug.productId(), "Mug", null, null, new BigDecimal("8.00"), "EUR", true, 2));
        var repriced = pricing.view(basket);

        assertThat(asked).hasSize(2);
        assertThat(repriced.discount()).isEqualByComparingTo("1.60");
    }

    @Test
    void anotherCustomersIdenticalBasketIsNotServedThisOnesQuote() {
        var mug = product("10.00");
        pricing.view(basketWithCoupon(mug));
        pricing.view(basketWithCoupon(mug));
        assertThat(asked).hasSize(2);
    }

    @Test
    void discountBeingDownIsNotCached() {
        var basket = basketWithCoupon(product("10.00"));
        discountDown.set(true);
        var without = pricing.view(basket);
        assertThat(without.discount()).isNull();
        assertThat(without.total()).isEqualByComparingTo(without.subtotal());

        discountDown.set(false);
        var with = pricing.view(basket);
        assertThat(with.discount()).isEqualByComparingTo("2.00");
        assertThat(asked).hasSize(1);
    }

    @Test
    void aZeroTtlAsksEveryTime() {
        var uncached = new BasketPricing(products, discount, Duration.ZERO);
        var basket = basketWithCoupon(product("10.00"));
        uncached.view(basket);
        uncached.view(basket);
        assertThat(asked).hasSize(2);
    }
}
