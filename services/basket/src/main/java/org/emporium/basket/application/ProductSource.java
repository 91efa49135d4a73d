package org.emporium.basket.application;

import java.util.Optional;
import java.util.UUID;
import org.emporium.basket.domain.ProductSnapshot;

/** Catalog itself, asked only for a product the local copy has not seen yet. Empty when catalog does not know it. */
public interface ProductSource {
    Optional<ProductSnapshot> lookUp(UUID productId);
}
