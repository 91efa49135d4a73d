package org.emporium.ordering.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;
import org.jspecify.annotations.Nullable;

/**
 * Checkout's price re-check: the order is made at the catalog's current prices, never at the basket's. A line the
 * catalog no longer sells (missing, not active, other currency) is 422 {@code ORDERING.PRODUCT_UNAVAILABLE}. When a
 * price moved since the basket showed it, checkout is 409 {@code ORDERING.PRICE_CHANGED} (with the new total)
 * unless the customer's {@code expectedTotal} equals the new total to pay: the customer saw and accepted it. An
 * {@code expectedTotal} that does not match is refused the same way, prices moved or not.
 */
public final class CheckoutPricing {
    private CheckoutPricing() {}

    /** A line of the customer's basket, at the price the basket showed. */
    public record BasketLine(
            UUID productId, String name, @Nullable UUID categoryId, int quantity, BigDecimal unitPrice) {}

    /** What the catalog says about a product now. */
    public record CatalogPrice(UUID productId, BigDecimal price, String currency, boolean sellable) {}

    /**
     * The order's lines at the catalog's prices, each with its share of the coupon discount ({@code discounts} by
     * product; absent means none).
     */
    public static List<OrderLine> price(
            String currency,
            List<BasketLine> basket,
            Map<UUID, CatalogPrice> catalog,
            Map<UUID, BigDecimal> discounts) {
        if (basket.isEmpty()) {
            throw OrderingErrors.emptyBasket();
        }
        var unavailable = new ArrayList<String>();
        var lines = new ArrayList<OrderLine>();
        for (var line : basket) {
            var now = catalog.get(line.productId());
            if (now == null || !now.sellable() || !now.currency().equals(currency)) {
                unavailable.add(line.productId().toString());
                continue;
            }
            var unit = Money.round(now.price(), currency);
            lines.add(new OrderLine(
                    line.productId(),
                    line.name(),
                    line.categoryId(),
                    line.quantity(),
                    unit,
                    Money.round(unit.multiply(BigDecimal.valueOf(line.quantity())), currency),
                    Money.round(discounts.getOrDefault(line.productId(), BigDecimal.ZERO), currency)));
        }
        if (!unavailable.isEmpty()) {
            throw new DomainException(
                    OrderingErrors.PRODUCT_UNAVAILABLE,
                    ErrorKind.RULE_VIOLATED,
                    "Some products of the basket are no longer sold; remove them and check out again.",
                    Map.of("productIds", List.copyOf(unavailable)));
        }
        return List.copyOf(lines);
    }

    /** Refuses the checkout when prices moved (or the expected total differs) and the customer did not accept it. */
    public static void verify(
            List<BasketLine> basket, List<OrderLine> priced, Totals totals, @Nullable BigDecimal expectedTotal) {
        Objects.requireNonNull(totals, "totals");
        if (expectedTotal != null) {
            if (!Money.same(expectedTotal, totals.total(), totals.currency())) {
                throw priceChanged(totals, changedProducts(basket, priced, totals.currency()));
            }
            return;
        }
        var changed = changedProducts(basket, priced, totals.currency());
        if (!changed.isEmpty()) {
            throw priceChanged(totals, changed);
        }
    }

    private static List<String> changedProducts(List<BasketLine> basket, List<OrderLine> priced, String currency) {
        var changed = new ArrayList<String>();
        for (int i = 0; i < basket.size(); i++) {
            if (!Money.same(basket.get(i).unitPrice(), priced.get(i).unitPrice(), currency)) {
                changed.add(basket.get(i).productId().toString());
            }
        }
        return changed;
    }

    private static DomainException priceChanged(Totals totals, List<String> changed) {
        return new DomainException(
                OrderingErrors.PRICE_CHANGED,
                ErrorKind.CONFLICT,
                "Prices changed since the basket was shown; the total is now " + totals.total() + " "
                        + totals.currency() + ". Check out again with expectedTotal to accept it.",
                Map.of(
                        "total", totals.total(),
                        "currency", totals.currency(),
                        "changedProductIds", List.copyOf(changed)));
    }
}
