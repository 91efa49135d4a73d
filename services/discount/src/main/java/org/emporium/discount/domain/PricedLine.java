package org.emporium.discount.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One basket line to price: the unit price is in the quote's currency, the quantity at least 1. */
public record PricedLine(UUID productId, @Nullable UUID categoryId, BigDecimal unitPrice, int quantity) {
    public PricedLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (unitPrice.signum() < 0 || quantity < 1) {
            throw new IllegalArgumentException("A line has a price of at least 0 and a quantity of at least 1");
        }
    }
}
