package org.emporium.catalog.domain.product;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.CategoryId;

/**
 * The products repository. Saving or removing a product also hands the events it registered to the outbox, in the
 * same transaction.
 */
public interface Products {

    Optional<Product> byId(ProductId id);

    /**
     * The products with these ids that exist, locked for update until the transaction ends, so concurrent stock
     * reservations for the same product queue up instead of overselling. Locks are taken in id order (no deadlocks).
     */
    Map<ProductId, Product> lockedForStockChange(Collection<ProductId> ids);

    boolean slugTaken(Slug slug, ProductId except);

    /** How many products, of any status, are directly in {@code category}. */
    long countInCategory(CategoryId category);

    /**
     * Inserts a new product ({@link Product#isNew()}) or saves a changed one if nobody saved it since it was loaded:
     * saving over a newer version fails with the persistence layer's optimistic-locking failure (answered 412
     * {@code REQUEST.STALE_VERSION}).
     */
    void save(Product product);

    /**
     * Stores the shoppers' rating the comment service computed, if {@code ratingVersion} is above the stored one
     * (events may arrive out of order). The product's version moves (its ETag changes, so cached copies are refreshed and
     * an admin's edit of the old version is 412), but no product event is published: a rating is not an admin change.
     *
     * @return false when the product does not exist or already has this or a newer rating
     */
    boolean rate(ProductId id, Rating rating, long ratingVersion);

    /** Deletes the product (with its image rows) as loaded, and publishes its {@code ProductDeleted}. */
    void remove(Product product);
}
