package org.emporium.comment.domain;

import java.util.Optional;

/** The local copy of catalog products (never read from the catalog's database). */
public interface KnownProducts {
    Optional<KnownProduct> byId(ProductId id);

    /**
     * Stores what the catalog said about a product at {@code version}; an older version than the stored one changes
     * nothing, and a deleted product stays deleted.
     */
    void record(KnownProduct product, long version);

    /** Marks the product deleted; its reviews disappear from every listing. */
    void markDeleted(ProductId id);

    boolean isEmpty();
}
