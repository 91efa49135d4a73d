package org.emporium.catalog.application.category;

import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class CreateCategoryHandler implements Handler<CreateCategory, CategoryId> {
    private final Categories categories;

    CreateCategoryHandler(Categories categories) {
        this.categories = categories;
    }

    @Override
    public CategoryId handle(CreateCategory command) {
        var input = command.input();
        var category = Category.create(
                CategoryId.newId(), input.name(), input.slugOrFromName(), input.parent(), input.position());
        categories.lockedTree().checkPlacement(category);
        categories.save(category);
        return category.id();
    }
}
