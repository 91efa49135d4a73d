package org.emporium.catalog.domain.category;

import java.util.Optional;

/** The categories repository. */
public interface Categories {

    Optional<Category> byId(CategoryId id);

    /** Every category, for the rules that span the tree; the tree is small (hundreds, not millions). */
    CategoryTree tree();

    /**
     * The tree as it was at most a few seconds ago (this instance's own changes show at once), for reads that run
     * on every request, such as search; rules that guard changes use {@link #tree()}.
     */
    CategoryTree recentTree();

    void add(Category category);

    void remove(CategoryId id);
}
