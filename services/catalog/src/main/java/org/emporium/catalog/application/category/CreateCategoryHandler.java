package org.emporium.catalog.application.category;

import an.awesome.pipelinr.Command;
import org.emporium.catalog.domain.Slug;
import org.emporium.catalog.domain.category.Categories;
import org.emporium.catalog.domain.category.Category;
import org.emporium.catalog.domain.category.CategoryId;
import org.springframework.stereotype.Component;

@Component
class CreateCategoryHandler implements Command.Handler<CreateCategory, CategoryId> {
    private final Categories categories;

    CreateCategoryHandler(Categories categories) {
        this.categories = categories;
    }

    @Override
    public CategoryId handle(CreateCategory command) {
        var slug = command.slug() == null || command.slug().isBlank()
                ? Slug.from(command.name())
                : new Slug(command.slug());
        var category = Category.create(
                CategoryId.newId(),
                command.name(),
                slug,
                command.parentId() == null ? null : new CategoryId(command.parentId()),
                command.position());
        categories.tree().checkPlacement(category);
        categories.add(category);
        return category.id();
    }
}
