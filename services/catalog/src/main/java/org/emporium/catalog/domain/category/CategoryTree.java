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
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/** All categories at once: the rules that span the tree (parent exists, slugs unique) and descendant look-ups. */
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

    /** Refuses a new category whose parent is unknown or whose slug is taken. */
    public void checkPlacement(Category candidate) {
        candidate.parentId().ifPresent(parent -> {
            if (!byId.containsKey(parent)) {
                throw DomainException.notFound(CatalogErrors.CATEGORY_NOT_FOUND, "The parent category does not exist.");
            }
        });
        if (bySlug(candidate.slug()).filter(c -> !c.id().equals(candidate.id())).isPresent()) {
            throw new DomainException(
                    CatalogErrors.SLUG_TAKEN, ErrorKind.CONFLICT, "Another category has the slug " + candidate.slug());
        }
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
