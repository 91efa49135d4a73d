package org.emporium.ordering.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Basket's internal API: the customer's basket as basket shows it. */
public interface BasketSource {
    BasketSnapshot basketOf(UUID customerId);

    record BasketSnapshot(
            long revision,
            @Nullable String currency,
            List<Line> lines,
            @Nullable String couponCode) {}

    record Line(UUID productId, String name, @Nullable UUID categoryId, int quantity, BigDecimal unitPrice) {}
}
