package org.emporium.catalog.application.category;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.emporium.platform.mediator.Handler;
import org.springframework.stereotype.Component;

/** Nests the flat list of categories under their parents, keeping the read model's order among siblings. */
@Component
class GetCategoryTreeHandler implements Handler<GetCategoryTree, List<CategoryNodeView>> {
    private final CategoryViews views;

    GetCategoryTreeHandler(CategoryViews views) {
        this.views = views;
    }

    @Override
    public List<CategoryNodeView> handle(GetCategoryTree query) {
        Map<UUID, List<CategoryViews.Listed>> children = new HashMap<>();
        views.all()
                .forEach(category -> children.computeIfAbsent(category.parentId(), k -> new ArrayList<>())
                        .add(category));
        return build(null, children);
    }

    private static List<CategoryNodeView> build(UUID parent, Map<UUID, List<CategoryViews.Listed>> children) {
        return children.getOrDefault(parent, List.of()).stream()
                .map(category -> new CategoryNodeView(
                        category.id(),
                        category.slug(),
                        category.name(),
                        category.position(),
                        category.productCount(),
                        build(category.id(), children)))
                .toList();
    }
}
