package org.emporium.catalog.domain.category;

import java.util.Objects;
import java.util.Optional;
import org.emporium.catalog.domain.CatalogErrors;
import org.emporium.catalog.domain.Slug;

/**
 * A node of the category tree. A category knows its parent and refuses to be its own; the rules across the tree
 * (parent exists, no cycles, unique slugs, nothing left below a removed category) are checked by
 * {@link CategoryTree}. {@link #version()} is the optimistic-locking version: persistence refuses to save over a
 * newer one.
 */
public final class Category {
    public static final int MAX_NAME_LENGTH = 100;
    public static final int MAX_POSITION = 10_000;
    /** The version of a category that was never saved; the first save stores version 0. */
    public static final long NEW = -1;

    private final CategoryId id;
    private String name;
    private Slug slug;
    private CategoryId parentId;
    private int position;
    private final long version;

    private Category(CategoryId id, String name, Slug slug, CategoryId parentId, int position, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = requireName(name);
        this.slug = Objects.requireNonNull(slug, "slug");
        this.parentId = requireOtherParent(id, parentId);
        this.position = requirePosition(position);
        this.version = version;
    }

    /**
     * A new category under {@code parent} (or a root when null), not saved yet ({@link #isNew()}); the tree checks the
     * parent exists.
     */
    public static Category create(CategoryId id, String name, Slug slug, CategoryId parentId, int position) {
        return new Category(id, name, slug, parentId, position, NEW);
    }

    /** Rebuilds a stored category; persistence only. */
    public static Category restore(
            CategoryId id, String name, Slug slug, CategoryId parentId, int position, long version) {
        return new Category(id, name, slug, parentId, position, version);
    }

    /** Gives the category a new name and slug (the tree checks the slug is free). */
    public void rename(String newName, Slug newSlug) {
        name = requireName(newName);
        slug = Objects.requireNonNull(newSlug, "slug");
    }

    /**
     * Puts the category under {@code newParentId} (a root when null) at {@code newPosition} among its siblings. The
     * tree checks the parent exists and is not below this category.
     */
    public void moveTo(CategoryId newParentId, int newPosition) {
        parentId = requireOtherParent(id, newParentId);
        position = requirePosition(newPosition);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > MAX_NAME_LENGTH) {
            throw CatalogErrors.invalidCategory("A category needs a name of 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name.strip();
    }

    private static CategoryId requireOtherParent(CategoryId id, CategoryId parentId) {
        if (id.equals(parentId)) {
            throw CatalogErrors.categoryCycle();
        }
        return parentId;
    }

    private static int requirePosition(int position) {
        if (position < 0 || position > MAX_POSITION) {
            throw CatalogErrors.invalidCategory("A category's position is between 0 and " + MAX_POSITION + ".");
        }
        return position;
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

    public long version() {
        return version;
    }

    /** Whether the category was never saved: saving it inserts it. */
    public boolean isNew() {
        return version == NEW;
    }
}
