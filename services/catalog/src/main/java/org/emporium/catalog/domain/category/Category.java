package org.emporium.catalog.domain.category;

import java.util.Objects;
import java.util.Optional;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.Slug;
import org.emporium.platform.core.DomainException;
import org.emporium.platform.core.ErrorKind;

/**
 * A node of the category tree. A category knows its parent; the tree as a whole (no cycles, unique slugs) is checked
 * by {@link CategoryTree} when a category is placed.
 */
public final class Category {
    public static final int MAX_NAME_LENGTH = 100;

    private final CategoryId id;
    private final String name;
    private final Slug slug;
    private final CategoryId parentId;
    private final int position;

    private Category(CategoryId id, String name, Slug slug, CategoryId parentId, int position) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = requireName(name);
        this.slug = Objects.requireNonNull(slug, "slug");
        this.parentId = parentId;
        if (position < 0) {
            throw new DomainException(
                    CatalogErrors.INVALID_CATEGORY, ErrorKind.INVALID, "A category's position is zero or more.");
        }
        this.position = position;
    }

    /** A new category under {@code parent} (or a root when null); the tree checks the parent exists. */
    public static Category create(CategoryId id, String name, Slug slug, CategoryId parentId, int position) {
        return new Category(id, name, slug, parentId, position);
    }

    /** Rebuilds a stored category; persistence only. */
    public static Category restore(CategoryId id, String name, Slug slug, CategoryId parentId, int position) {
        return new Category(id, name, slug, parentId, position);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw new DomainException(
                    CatalogErrors.INVALID_CATEGORY,
                    ErrorKind.INVALID,
                    "A category needs a name of 1 to 100 characters.");
        }
        return name.strip();
    }

    public CategoryId id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Slug slug() {
        return slug;
    }

    public Optional<CategoryId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public int position() {
        return position;
    }
}
