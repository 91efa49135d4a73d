package org.emporium.catalog.domain.category;

import java.util.Optional;

/** The categories repository. */
public interface Categories {

    Optional<Category> byId(CategoryId id);

    /**
     * Whether the category exists, for a write about to put a product into it; if it does, it cannot be deleted
     * until the current transaction ends (a concurrent delete waits, then finds the product and refuses with
     * {@code CATALOG.CATEGORY_NOT_EMPTY}). If a delete is in progress, this waits for it and answers {@code false}
     * once it has committed.
     */
    boolean lockForReference(CategoryId id);

    /**
     * Every category, for the rules that span the tree; the tree is small (hundreds, not millions). Changes of the
     * tree read it with {@link #lockedTree()} instead.
     */
    CategoryTree tree();

    /**
     * Every category, after waiting until no other transaction is changing the tree, and keeping others from
     * changing it until this transaction ends: two concurrent moves could otherwise each pass the cycle check
     * against the old tree and together make a loop, and a category could get a child while it is being deleted.
     */
    CategoryTree lockedTree();

    /**
     * The tree as it was at most a few seconds ago (this instance's own changes show at once), for reads that run
     * on every request, such as search; rules that guard changes use {@link #lockedTree()}.
     */
    CategoryTree recentTree();

    /**
     * Inserts a new category ({@link Category#isNew()}) or saves a changed one if nobody saved it since it was
     * loaded: saving over a newer version fails with the persistence layer's optimistic-locking failure (answered
     * 412 {@code REQUEST.STALE_VERSION}).
     */
    void save(Category category);

    /**
     * Deletes the category as loaded (same version). A product put into it by a transaction that did not see the
     * removal check makes this fail with {@code CATALOG.CATEGORY_NOT_EMPTY}.
     */
    void remove(Category category);
}
