package org.emporium.catalog.application.category;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.catalog.domain.product.Products;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

/** Takes the tree lock first, so no sub-category can be added while the emptiness is checked. */
@Component
class DeleteCategoryHandler implements Handler<DeleteCategory, CategoryId> {
    private final Categories categories;
    private final Products products;

    DeleteCategoryHandler(Categories categories, Products products) {
        this.categories = categories;
        this.products = products;
    }

    @Override
    public CategoryId handle(DeleteCategory command) {
        var tree = categories.lockedTree();
        var category = categories
                .byId(command.categoryId())
                .orElseThrow(() -> CatalogErrors.categoryNotFound(command.categoryId()));
        Versions.requireCurrent("Category " + category.id(), command.expectedVersion(), category.version());
        tree.checkRemoval(category.id(), products.countInCategory(category.id()));
        categories.remove(category);
        return category.id();
    }
}
