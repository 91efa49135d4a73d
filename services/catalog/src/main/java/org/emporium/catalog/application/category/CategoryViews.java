package org.emporium.catalog.application.category;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.emporium.catalog.domain.category.CategoryId;

/** The read model of categories: views projected straight from storage, never through the aggregate. */
public interface CategoryViews {

    Optional<CategoryView> byId(CategoryId id);

    Optional<CategoryView> bySlug(String slug);

    /** Every category with its count of live products, ordered by position then name. */
    List<Listed> all();

    /**
     * One category of {@link #all()}.
     *
     * @param parentId null for a root
     * @param productCount live products directly in the category (not counting sub-categories)
     */
    record Listed(UUID id, UUID parentId, String slug, String name, int position, long productCount) {}
}
