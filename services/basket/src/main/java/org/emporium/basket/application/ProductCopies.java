package org.emporium.basket.application;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.emporium.basket.domain.ProductSnapshot;

/**
 * The basket's local copy of catalog products (Redis), fed by catalog's events and seeded from its look-up API.
 * {@link #save} keeps the copy with the higher version (an older event never overwrites a newer one).
 */
public interface ProductCopies {
    Map<UUID, ProductSnapshot> find(Collection<UUID> productIds);

    void save(ProductSnapshot product);
}
