package org.emporium.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.ordering.domain.CheckoutPricing.BasketLine;
import org.emporium.ordering.domain.CheckoutPricing.CatalogPrice;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.junit.jupiter.api.Test;

class CheckoutPricingTest {
    private static final UUID KETTLE = UUID.randomUUID();
    private static final UUID MUG = UUID.randomUUID();
    private final List<BasketLine> basket = List.of(
            new BasketLine(KETTLE, "Kettle", null, 2, new BigDecimal("12.50")),
            new BasketLine(MUG, "Mug", null, 1, new BigDecimal("5.00")));

    private static Map<UUID, CatalogPrice> catalog(String kettle) {
        return Map.of(
                KETTLE, new CatalogPrice(KETTLE, new BigDecimal(kettle), "EUR", true),
                MUG, new CatalogPrice(MUG, new BigDecimal("5.00"), "EUR", true));
    }

    @Test
    void linesTakeTheCatalogsPriceAndTheCouponsShare() {
        var lines = CheckoutPricing.price("EUR", basket, catalog("12.50"), Map.of(KETTLE, new BigDecimal("2.5")));
        var totals = Totals.of("EUR", lines, "SAVE");

        assertThat(lines.getFirst().lineTotal()).isEqualByComparingTo("25.00");
        assertThat(totals.subtotal()).isEqualByComparingTo("30.00");
        assertThat(totals.discount()).isEqualByComparingTo("2.50");
        assertThat(totals.total()).isEqualByComparingTo("27.50");
        assertThatCode(() -> CheckoutPricing.verify(basket, lines, totals, null))
                .doesNotThrowAnyException();
    }

    @Test
    void aMovedPriceIsA409WithTheNewTotalUnlessTheCustomerExpectedIt() {
        var lines = CheckoutPricing.price("EUR", basket, catalog("13.00"), Map.of());
        var totals = Totals.of("EUR", lines, null);

        assertThatThrownBy(() -> CheckoutPricing.verify(basket, lines, totals, null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ORDERING.PRICE_CHANGED");
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.details()).containsEntry("changedProductIds", List.of(KETTLE.toString()));
                    assertThat((BigDecimal) e.details().get("total")).isEqualByComparingTo("31.00");
                });
        assertThatCode(() -> CheckoutPricing.verify(basket, lines, totals, new BigDecimal("31")))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> CheckoutPricing.verify(basket, lines, totals, new BigDecimal("30.00")))
                .extracting(e -> ((DomainException) e).code())
                .isEqualTo("ORDERING.PRICE_CHANGED");
    }

    @Test
    void aProductNoLongerSoldIsUnavailable() {
        var archived = Map.of(
                KETTLE, new CatalogPrice(KETTLE, new BigDecimal("12.50"), "EUR", false),
                MUG, new CatalogPrice(MUG, new BigDecimal("5.00"), "EUR", true));

        assertThatThrownBy(() -> CheckoutPricing.price("EUR", basket, archived, Map.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ORDERING.PRODUCT_UNAVAILABLE");
                    assertThat(e.details()).containsEntry("productIds", List.of(KETTLE.toString()));
                });
        assertThatThrownBy(() -> CheckoutPricing.price("EUR", basket, Map.of(), Map.of()))
                .isInstanceOfSatisfying(
                        DomainException.class,
                        e -> assertThat(e.details())
                                .containsEntry("productIds", List.of(KETTLE.toString(), MUG.toString())));
    }

    @Test
    void anEmptyBasketIs422() {
        assertThatThrownBy(() -> CheckoutPricing.price("EUR", List.of(), Map.of(), Map.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("ORDERING.BASKET_EMPTY");
                    assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
                });
    }

    @Test
    void anIdempotencyKeyReplaysTheSameBodyRefusesAnotherAndExpiresAfter24Hours() {
        var t0 = Instant.parse("2026-12-01T10:00:00Z");
        var order = OrderId.random();
        var attempt = new CheckoutAttempt(UUID.randomUUID(), "k-1", "sha256:abc", order, t0);

        assertThat(attempt.replay("sha256:abc")).isEqualTo(order);
        assertThatThrownBy(() -> attempt.replay("sha256:other")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo("ORDERING.IDEMPOTENCY_KEY_REUSED");
            assertThat(e.kind()).isEqualTo(ErrorKind.RULE_VIOLATED);
        });
        assertThat(attempt.expired(t0.plusSeconds(24 * 3600 - 1))).isFalse();
        assertThat(attempt.expired(t0.plusSeconds(24 * 3600))).isTrue();
    }
}
