package org.emporium.catalog.domain.category;

import java.util.Optional;

/** The categories repository. */
public interface Categories {

    Optional<Category> byId(CategoryId id);

    /** Every category, for the rules that span the tree; the tree is small (hundreds, not millions). */
    CategoryTree tree();

    void add(Category category);

    void remove(CategoryId id);
}
