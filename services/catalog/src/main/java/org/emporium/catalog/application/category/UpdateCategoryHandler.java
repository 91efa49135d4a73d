package org.emporium.catalog.application.category;

import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class UpdateCategoryHandler implements Handler<UpdateCategory, CategoryId> {
    private final Categories categories;

    UpdateCategoryHandler(Categories categories) {
        this.categories = categories;
    }

    @Override
    public CategoryId handle(UpdateCategory command) {
        var tree = categories.lockedTree();
        var category = CategoryLoading.load(categories, command.categoryId(), command.expectedVersion());
        var input = command.input();
        category.rename(input.name(), input.slugOrFromName());
        category.moveTo(input.parent(), input.position());
        tree.checkPlacement(category);
        categories.update(category);
        return category.id();
    }
}
