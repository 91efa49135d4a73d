package org.emporium.basket.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A basket priced with the current local copy of the catalog: each line's current unit price (falling back to the
 * price when added if the product is unknown locally), a {@code priceChanged} flag, availability, line totals
 * (unavailable lines count zero) and the subtotal, all rounded half-even to the currency's minor unit.
 */
public record PricedBasket(
        Basket basket, List<PricedLine> lines, @Nullable String currency, BigDecimal subtotal) {

    public record PricedLine(
            BasketLine line, BigDecimal unitPrice, boolean priceChanged, boolean available, BigDecimal lineTotal) {}

    public static PricedBasket price(Basket basket, Map<UUID, ProductSnapshot> current) {
        var currency = basket.currency().orElse(null);
        var priced = new ArrayList<PricedLine>();
        var subtotal = BigDecimal.ZERO;
        for (var line : basket.lines()) {
            var product = current.get(line.productId());
            var known = product != null && product.currency().equals(currency);
            var unitPrice = known ? product.price() : line.addedUnitPrice();
            var available = product == null
                    || (product.available() && product.currency().equals(currency));
            if (currency != null) {
                unitPrice = Money.round(unitPrice, currency);
            }
            var changed = unitPrice.compareTo(line.addedUnitPrice()) != 0;
            var total = available ? unitPrice.multiply(BigDecimal.valueOf(line.quantity())) : BigDecimal.ZERO;
            if (currency != null) {
                total = Money.round(total, currency);
            }
            subtotal = subtotal.add(total);
            priced.add(new PricedLine(line, unitPrice, changed, available, total));
        }
        return new PricedBasket(
                basket, List.copyOf(priced), currency, currency == null ? subtotal : Money.round(subtotal, currency));
    }

    /** The lines that count (available), for a discount quote or an order. */
    public List<PricedLine> availableLines() {
        return lines.stream().filter(PricedLine::available).toList();
    }
}
