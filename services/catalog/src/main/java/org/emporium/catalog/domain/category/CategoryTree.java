package org.emporium.catalog.domain.category;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.Slug;

/**
 * All categories at once: the rules that span the tree (parent exists, no cycles, slugs unique, only empty categories
 * are removed) and descendant look-ups.
 */
public final class CategoryTree {
    private final Map<CategoryId, Category> byId = new HashMap<>();
    private final Map<CategoryId, List<CategoryId>> children = new HashMap<>();

    public CategoryTree(Collection<Category> categories) {
        for (var category : categories) {
            byId.put(category.id(), category);
        }
        for (var category : categories) {
            category.parentId()
                    .ifPresent(parent -> children.computeIfAbsent(parent, k -> new java.util.ArrayList<>())
                            .add(category.id()));
        }
    }

    public Optional<Category> byId(CategoryId id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Category> bySlug(Slug slug) {
        return byId.values().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    /**
     * Refuses a new or changed category whose parent is unknown (422 {@code CATEGORY_NOT_FOUND}), that would sit
     * below itself (409 {@code CATEGORY_CYCLE}) or whose slug another category has (409 {@code SLUG_TAKEN}).
     */
    public void checkPlacement(Category candidate) {
        candidate.parentId().ifPresent(parent -> {
            if (!byId.containsKey(parent)) {
                throw CatalogErrors.unknownCategory(parent);
            }
            if (ancestorsFrom(parent).contains(candidate.id())) {
                throw CatalogErrors.categoryCycle();
            }
        });
        if (bySlug(candidate.slug()).filter(c -> !c.id().equals(candidate.id())).isPresent()) {
            throw CatalogErrors.categorySlugTaken(candidate.slug());
        }
    }

    /**
     * Refuses to remove a category that still has sub-categories or products (409 {@code CATEGORY_NOT_EMPTY}):
     * nothing is deleted or re-homed implicitly.
     *
     * @param productCount products of any status directly in the category
     */
    public void checkRemoval(CategoryId id, long productCount) {
        var subCategories = children.getOrDefault(id, List.of()).size();
        if (subCategories > 0 || productCount > 0) {
            throw CatalogErrors.categoryNotEmpty(id, subCategories, productCount);
        }
    }

    /** {@code start} and the categories above it, up to its root. */
    private Set<CategoryId> ancestorsFrom(CategoryId start) {
        var path = new LinkedHashSet<CategoryId>();
        for (var next = Optional.of(start); next.isPresent() && path.add(next.get()); ) {
            next = byId(next.get()).flatMap(Category::parentId);
        }
        return path;
    }

    /** {@code root} and every category below it, for filters that include sub-categories. */
    public Set<CategoryId> withDescendants(CategoryId root) {
        var result = new LinkedHashSet<CategoryId>();
        var queue = new ArrayDeque<CategoryId>();
        queue.add(root);
        while (!queue.isEmpty()) {
            var next = queue.poll();
            if (result.add(next)) {
                queue.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return result;
    }

    public boolean hasChildren(CategoryId id) {
        return !children.getOrDefault(id, List.of()).isEmpty();
    }
}
