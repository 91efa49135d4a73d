package org.emporium.ordering.domain;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One line of an order at the price the customer pays (re-checked against the catalog at checkout).
 *
 * @param discount this line's share of the coupon discount (0 without a coupon)
 * @param lineTotal {@code unitPrice × quantity}, before the discount
 */
public record OrderLine(
        UUID productId,
        String productName,
        @Nullable UUID categoryId,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal lineTotal,
        BigDecimal discount) {
    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(productName, "productName");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(lineTotal, "lineTotal");
        Objects.requireNonNull(discount, "discount");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1");
        }
        if (unitPrice.signum() < 0 || discount.signum() < 0) {
            throw new IllegalArgumentException("prices are not negative");
        }
    }
}
