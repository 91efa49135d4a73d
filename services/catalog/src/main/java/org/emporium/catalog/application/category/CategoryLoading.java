package org.emporium.catalog.application.category;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** Loads a category for a change and refuses a caller whose copy is stale (412), before any work is done. */
final class CategoryLoading {
    private CategoryLoading() {}

    static Category load(Categories categories, CategoryId id, long expectedVersion) {
        var category = categories
                .byId(id)
                .orElseThrow(() -> DomainException.notFound(
                        CatalogErrors.CATEGORY_NOT_FOUND, "Category " + id + " does not exist."));
        if (category.version() != expectedVersion) {
            throw new DomainException(
                    CatalogErrors.STALE_VERSION,
                    ErrorKind.PRECONDITION_FAILED,
                    "The category changed since you read it (version " + category.version()
                            + " now); reload and retry.");
        }
        return category;
    }
}
