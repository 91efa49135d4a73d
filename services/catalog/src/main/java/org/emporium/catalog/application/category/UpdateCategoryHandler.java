package org.emporium.catalog.application.category;

import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Handler;
import org.emporium.platform.mediator.Versions;
import org.springframework.stereotype.Component;

/** Takes the tree lock first, so the placement is checked against a tree nobody else is changing. */
@Component
class UpdateCategoryHandler implements Handler<UpdateCategory, CategoryId> {
    private final Categories categories;

    UpdateCategoryHandler(Categories categories) {
        this.categories = categories;
    }

    @Override
    public CategoryId handle(UpdateCategory command) {
        var tree = categories.lockedTree();
        var category = categories
                .byId(command.categoryId())
                .orElseThrow(() -> CatalogErrors.categoryNotFound(command.categoryId()));
        Versions.requireCurrent("Category " + category.id(), command.expectedVersion(), category.version());
        var input = command.input();
        category.rename(input.name(), input.slugOrFromName());
        category.moveTo(input.parent(), input.position());
        tree.checkPlacement(category);
        categories.save(category);
        return category.id();
    }
}
