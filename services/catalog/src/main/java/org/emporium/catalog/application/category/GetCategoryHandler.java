package org.emporium.catalog.application.category;

import java.util.UUID;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.category.CategoryId;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

@Component
class GetCategoryHandler implements Handler<GetCategory, CategoryView> {
    private final CategoryViews views;

    GetCategoryHandler(CategoryViews views) {
        this.views = views;
    }

    @Override
    public CategoryView handle(GetCategory query) {
        var id = parseId(query.idOrSlug());
        return (id == null ? views.bySlug(query.idOrSlug()) : views.byId(new CategoryId(id)))
                .orElseThrow(() -> CatalogErrors.categoryNotFound(query.idOrSlug()));
    }

    private static UUID parseId(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
