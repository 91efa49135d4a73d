package org.emporium.basket.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line: the product as last seen when it was added (name, image, unit price) and the quantity. */
public record BasketLine(
        UUID productId,
        String name,
        @Nullable String imageUrl,
        @Nullable UUID categoryId,
        BigDecimal addedUnitPrice,
        int quantity,
        Instant addedAt) {

    BasketLine withQuantity(int newQuantity) {
        return new BasketLine(productId, name, imageUrl, categoryId, addedUnitPrice, newQuantity, addedAt);
    }
}
