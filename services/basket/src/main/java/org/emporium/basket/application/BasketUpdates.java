package org.emporium.basket.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiPredicate;
import org.emporium.basket.domain.Basket;
import org.emporium.basket.domain.BasketErrors;
import org.emporium.basket.domain.ProductSnapshot;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Every write: load, change the aggregate, compare-and-set on the revision, and on a lost race do it again with the
 * newer basket. No update is ever lost (the losing writer re-applies its change to the winner's state); after
 * {@link #MAX_ATTEMPTS} lost races the write is refused with 503 {@code BASKET.BUSY}, never half-applied.
 */
@Component
public class BasketUpdates {
    static final int MAX_ATTEMPTS = 200;

    private final Baskets baskets;
    private final ProductCopies products;
    private final ProductSource catalog;
    private final Clock clock;

    public BasketUpdates(Baskets baskets, ProductCopies products, ProductSource catalog, Clock clock) {
        this.baskets = baskets;
        this.products = products;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Updated update(UUID customerId, BiConsumer<Basket, Instant> change) {
        return updateIf(customerId, (basket, now) -> {
            change.accept(basket, now);
            return true;
        });
    }

    /** Like {@link #update}, but a change that answers false changed nothing: no write, the revision stays. */
    public Updated updateIf(UUID customerId, BiPredicate<Basket, Instant> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var basket = baskets.load(customerId);
            if (!change.test(basket, clock.instant())) {
                return new Updated(basket, null);
            }
            var saved = baskets.save(basket);
            if (saved.stored()) {
                basket.stored(saved.revision());
                return new Updated(basket, saved.products());
            }
            Thread.onSpinWait();
        }
        throw BasketErrors.busy();
    }

    /**
     * The basket after a write (or as it was, when the change changed nothing) and, when it was written, the local
     * product copies of its lines, read in the write's round trip ({@link Baskets.Saved}); null when not written.
     */
    public record Updated(Basket basket, @Nullable Map<UUID, ProductSnapshot> products) {}

    /** The product from the local copy, else from catalog (and then kept locally). */
    public ProductSnapshot product(UUID productId) {
        var local = products.find(java.util.List.of(productId)).get(productId);
        if (local != null) {
            return local;
        }
        var fetched = catalog.lookUp(productId).orElseThrow(() -> BasketErrors.productNotFound(productId));
        products.save(fetched);
        return fetched;
    }
}
